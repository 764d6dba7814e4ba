package dev.digest.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The size of the file the shell redirected the process's standard input from ({@code digest
 * convert < paste.txt}): such an input is as known as a file named on the command line, so a small
 * one is read on one thread without the wait that tells a live input ({@code tail -f}) apart. A
 * pipe, a terminal, or a system without {@code /dev/stdin} leads to a regular file tells nothing.
 */
final class RedirectedFile {
  private static final Path STANDARD_INPUT = Path.of("/dev/stdin");

  private RedirectedFile() {}

  /** The bytes of the regular file {@code in} reads, when it is the process's standard input; else -1. */
  static long sizeOf(InputStream in) {
    try {
      if (in instanceof FileInputStream file && file.getFD() == FileDescriptor.in && Files.isRegularFile(STANDARD_INPUT)) {
        return Files.size(STANDARD_INPUT);
      }
    } catch (IOException | SecurityException e) {
      // unknown: read as any standard input is
    }
    return -1;
  }
}
