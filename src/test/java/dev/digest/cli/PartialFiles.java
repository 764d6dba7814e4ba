package dev.digest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The temporary files of {@code -o} runs in a folder, to check what a stopped run leaves behind. */
final class PartialFiles {
  private PartialFiles() {}

  /** Their names, sorted. */
  static List<String> in(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(OutputTarget.PARTIAL_SUFFIX))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The bytes they hold together. */
  static long bytesIn(Path dir) throws IOException {
    long bytes = 0;
    for (String name : in(dir)) {
      bytes += Files.size(dir.resolve(name));
    }
    return bytes;
  }
}
