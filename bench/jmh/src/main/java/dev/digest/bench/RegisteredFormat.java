package dev.digest.bench;

import dev.digest.write.Format;

/** Looks up a format by the name a benchmark parameter gives. */
final class RegisteredFormat {
  private RegisteredFormat() {}

  /**
   * The format named {@code name}. The benchmarks list every format digest is to have, so a build
   * that lacks one fails that parameter alone, with a message saying how to leave it out.
   */
  static Format named(String name) {
    Format format = Format.byName(name);
    if (format == null) {
      throw new IllegalStateException(
          "format '" + name + "' is not registered in dev.digest.write.Format, which has " + Format.names()
              + "; leave it out with -p format=" + String.join(",", Format.names()));
    }
    return format;
  }
}
