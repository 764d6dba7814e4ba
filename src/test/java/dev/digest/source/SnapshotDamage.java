package dev.digest.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * arXiv snapshots for the tests of reading in shares: the fixture's first lines, its line ends
 * changed, and seeded random damage of the kinds that break JSON Lines or join and split its items.
 */
public final class SnapshotDamage {
  private SnapshotDamage() {}

  /** The first {@code lines} lines of {@code file}. */
  public static byte[] head(byte[] file, int lines) {
    int end = 0;
    for (int n = 0; n < lines && end < file.length; end++) {
      if (file[end] == '\n') {
        n++;
      }
    }
    return Arrays.copyOf(file, end);
  }

  /** {@code lf} as it is ("LF"), with CR LF line ends ("CRLF"), or after a UTF-8 byte-order mark ("BOM"). */
  public static byte[] variant(byte[] lf, String variant) {
    switch (variant) {
      case "CRLF":
        return new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      case "BOM":
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(lf);
        return out.toByteArray();
      default:
        return lf;
    }
  }

  /** One to three random changes of the kinds that break JSON Lines, or join or split its items. */
  public static byte[] damage(byte[] file, Random random) {
    byte[][] inserts = {
      "}\n{".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
      "{".getBytes(StandardCharsets.UTF_8), "}".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
      "\"".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
      "\n\n".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8), new byte[] {0},
      "[".getBytes(StandardCharsets.UTF_8), "[1}".getBytes(StandardCharsets.UTF_8), "{\"a\":[".getBytes(StandardCharsets.UTF_8),
      new byte[] {'{', 0}
    };
    byte[] b = file;
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int at = random.nextInt(b.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // Near a line end half the time: where the damage meets the places shares start.
      if (random.nextBoolean()) {
        int nl = indexOf(b, (byte) '\n', at);
        at = nl < 0 ? b.length : nl + random.nextInt(2);
      }
      out.write(b, 0, at);
      if (random.nextInt(3) == 0 && at < b.length) {
        out.write(b, at + 1, b.length - at - 1); // a byte dropped
      } else {
        out.writeBytes(inserts[random.nextInt(inserts.length)]);
        out.write(b, at, b.length - at);
      }
      b = out.toByteArray();
    }
    return b;
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = Math.min(from, b.length); i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
