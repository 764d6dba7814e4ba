package dev.digest.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What every format derives from an arXiv id: the paper's page, the DOI arXiv gives every paper,
 * and CSL's {@code number}. Put together in one reused buffer; in the page link, any byte of the id
 * that is not a letter, digit, {@code - . _ ~ /} is percent-encoded (a real id has none), so that
 * the link stays one link whatever a library caller put in the id.
 */
final class Arxiv {
  private static final byte[] PAGE = ascii("https://arxiv.org/abs/");
  private static final byte[] DOI = ascii("10.48550/arXiv.");
  private static final byte[] NUMBER = ascii("arXiv:");
  private static final byte[] HEX = ascii("0123456789ABCDEF");

  private byte[] buf = new byte[64];
  private int length;

  /** The bytes of the last value put together; only the first {@link #length()} count. */
  byte[] bytes() {
    return buf;
  }

  int length() {
    return length;
  }

  /** {@code https://arxiv.org/abs/ID}. */
  Arxiv page(byte[] id, int len) {
    start(PAGE, len * 3);
    for (int i = 0; i < len; i++) {
      int c = id[i] & 0xFF;
      if (isPathByte(c)) {
        buf[length++] = (byte) c;
      } else {
        buf[length++] = '%';
        buf[length++] = HEX[c >> 4];
        buf[length++] = HEX[c & 0xF];
      }
    }
    return this;
  }

  /** {@code 10.48550/arXiv.ID}, the id as it is. */
  Arxiv doi(byte[] id, int len) {
    return prefixed(DOI, id, len);
  }

  /** {@code arXiv:ID}, the id as it is. */
  Arxiv number(byte[] id, int len) {
    return prefixed(NUMBER, id, len);
  }

  private Arxiv prefixed(byte[] prefix, byte[] id, int len) {
    start(prefix, len);
    System.arraycopy(id, 0, buf, length, len);
    length += len;
    return this;
  }

  private void start(byte[] prefix, int room) {
    if (buf.length < prefix.length + room) {
      buf = Arrays.copyOf(buf, (prefix.length + room) * 2);
    }
    System.arraycopy(prefix, 0, buf, 0, prefix.length);
    length = prefix.length;
  }

  private static boolean isPathByte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
