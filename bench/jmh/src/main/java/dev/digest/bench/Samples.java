package dev.digest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four digests in the repository's {@code samples/}, read in the order {@code
 * bench/gen-corpus.sh} concatenates them, so the corpus has the same layouts and glued headers.
 *
 * <p>Benchmarks run from the repository root or from {@code bench/jmh}; the system property
 * {@code digest.samples} names the directory when neither holds it.
 */
final class Samples {
  static final String DIRECTORY_PROPERTY = "digest.samples";

  private static final List<String> NAMES =
      List.of("daily-papers-apr23.txt", "daily-papers-mar13.txt", "papers-compact-1.txt", "papers-compact-2.txt");

  private Samples() {}

  /** The bytes of each sample, in concatenation order. */
  static List<byte[]> read() {
    Path dir = directory();
    List<byte[]> contents = new ArrayList<>(NAMES.size());
    for (String name : NAMES) {
      try {
        contents.add(Files.readAllBytes(dir.resolve(name)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sample " + dir.resolve(name), e);
      }
    }
    return contents;
  }

  /** The Daily Papers API responses of {@code samples/api/}, in name order. */
  static List<byte[]> apiResponses() {
    Path dir = directory().resolve("api");
    try (var files = Files.list(dir)) {
      List<byte[]> contents = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        contents.add(Files.readAllBytes(p));
      }
      return contents;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API samples in " + dir, e);
    }
  }

  /** The arXiv snapshot fixture made of the API samples (src/test/resources/snapshot/). */
  static byte[] snapshotFixture() {
    Path file = directory().resolveSibling("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the snapshot fixture " + file, e);
    }
  }

  private static Path directory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    List<Path> candidates =
        configured != null ? List.of(Path.of(configured)) : List.of(Path.of("samples"), Path.of("../../samples"));
    for (Path candidate : candidates) {
      if (holdsAllSamples(candidate)) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "no directory with the samples " + NAMES + " among " + candidates + " (working directory "
            + Path.of("").toAbsolutePath() + "); run from the repository root or bench/jmh, or pass -D"
            + DIRECTORY_PROPERTY + "=DIR");
  }

  private static boolean holdsAllSamples(Path dir) {
    for (String name : NAMES) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        return false;
      }
    }
    return true;
  }
}
