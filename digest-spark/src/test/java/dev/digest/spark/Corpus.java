package dev.digest.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs made from real digests: the four samples (three lack a final newline, so joining them as
 * {@code cat} does glues headers to abstracts), the anomalies digest (every warning) and the
 * hazards digest, joined at random, some with CRLF line ends, some with a byte-order mark. Titles
 * repeat across files, so keys take suffixes and dedupe drops records far from their first.
 */
final class Corpus {
  private static final List<Path> PIECES =
      List.of(
          Path.of("samples/daily-papers-apr23.txt"),
          Path.of("samples/daily-papers-mar13.txt"),
          Path.of("samples/papers-compact-1.txt"),
          Path.of("samples/papers-compact-2.txt"),
          Path.of("src/test/resources/anomalies/anomalies.txt"),
          Path.of("src/test/resources/hazards/hazards.txt"));

  private Corpus() {}

  /** {@code count} digest files in {@code dir}, named so that their name order is their number order. */
  static List<Path> files(Path dir, int count, long seed) throws IOException {
    List<byte[]> pieces = pieces();
    Random r = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path f = dir.resolve(String.format("digest-%04d.txt", i));
      try (OutputStream out = Files.newOutputStream(f)) {
        if (r.nextInt(10) == 0) {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        boolean crlf = r.nextInt(4) == 0;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
          out.write(lineEnds(pieces.get(r.nextInt(pieces.size())), crlf));
        }
      }
      files.add(f);
    }
    return files;
  }

  /**
   * One file of at least {@code bytes}: every piece in turn, again and again (the anomalies among
   * them, so warnings fall in every part of the file), each round's line ends LF or CRLF.
   */
  static Path large(Path file, long bytes) throws IOException {
    List<byte[]> pieces = pieces();
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int round = 0; written < bytes; round++) {
        for (byte[] p : pieces) {
          byte[] b = lineEnds(p, round % 3 == 2);
          out.write(b);
          written += b.length;
        }
      }
    }
    return file;
  }

  private static List<byte[]> pieces() throws IOException {
    List<byte[]> pieces = new ArrayList<>();
    for (Path p : PIECES) {
      pieces.add(Files.readAllBytes(p));
    }
    return pieces;
  }

  private static byte[] lineEnds(byte[] text, boolean crlf) {
    if (!crlf) {
      return text;
    }
    String s = new String(text, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
