package dev.digest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;

/**
 * Turns an input's raw bytes into the UTF-8 the parser reads: refuses known binary formats by their
 * first bytes, honours and drops a byte-order mark (which overrides the requested encoding), and
 * re-encodes other charsets.
 */
final class InputDecoder {
  private static final int SNIFF = 8;
  private static final ByteOrderMark[] MARKS = {ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE};

  private InputDecoder() {}

  static InputStream toUtf8(InputStream raw, Charset requested, String source) throws IOException {
    byte[] head = new byte[SNIFF];
    int n = 0;
    boolean ended = false;
    while (n < SNIFF) {
      int r = raw.read(head, n, SNIFF - n);
      if (r < 0) {
        ended = true;
        break;
      }
      if (r == 0) {
        break;
      }
      n += r;
    }
    refuseBinary(head, n, source);
    ByteOrderMark bom = byteOrderMark(head, n);
    int skip = bom == null ? 0 : bom.length();
    InputStream rest;
    if (ended) {
      // The whole input is in hand, and it ends here: a terminal reports Ctrl-D once, and a read
      // after it would wait for another.
      rest = new ByteArrayInputStream(head, skip, n - skip);
    } else {
      PushbackInputStream sniffed = new PushbackInputStream(raw, SNIFF);
      sniffed.unread(head, skip, n - skip);
      rest = sniffed;
    }

    Charset charset = bom != null ? Charset.forName(bom.getCharsetName()) : requested;
    if (charset.equals(StandardCharsets.UTF_8)) {
      return rest;
    }
    return new Utf8Transcoder(rest, charset, source);
  }

  /**
   * The mark the input starts with, from the bytes already read to recognise binary formats.
   * Commons IO's {@code BOMInputStream} would read them again through its builder framework,
   * whose first use costs more start-up than converting a small digest.
   */
  private static ByteOrderMark byteOrderMark(byte[] head, int n) {
    for (ByteOrderMark mark : MARKS) {
      if (startsWith(head, n, mark)) {
        return mark;
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int n, ByteOrderMark mark) {
    if (n < mark.length()) {
      return false;
    }
    for (int i = 0; i < mark.length(); i++) {
      if ((head[i] & 0xFF) != mark.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static void refuseBinary(byte[] h, int n, String source) throws DigestInputException {
    String kind = null;
    String hint = "give digest the plain text copied from a paper-listing page";
    if (n >= 2 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) {
      kind = "gzip-compressed data";
      hint = "decompress it first: zcat " + source + " | digest convert";
    } else if (n >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
      kind = "bzip2-compressed data";
      hint = "decompress it first: bzcat " + source + " | digest convert";
    } else if (n >= 6 && (h[0] & 0xFF) == 0xFD && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z') {
      kind = "xz-compressed data";
      hint = "decompress it first: xzcat " + source + " | digest convert";
    } else if (n >= 4 && (h[0] & 0xFF) == 0x28 && (h[1] & 0xFF) == 0xB5 && (h[2] & 0xFF) == 0x2F && (h[3] & 0xFF) == 0xFD) {
      kind = "zstd-compressed data";
      hint = "decompress it first: zstdcat " + source + " | digest convert";
    } else if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
      kind = "a zip archive";
      hint = "extract the text files first (unzip) and give digest those";
    } else if (n >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
      kind = "a PNG image";
    } else if (n >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
      kind = "a JPEG image";
    } else if (n >= 4 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
      kind = "a GIF image";
    } else if (n >= 5 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F' && h[4] == '-') {
      kind = "a PDF document";
      hint = "copy the text out of the PDF (for example pdftotext) and give digest that";
    }
    if (kind != null) {
      throw new DigestInputException(source, 1, "binary input (" + kind + "), not the text of a digest", hint);
    }
  }
}
