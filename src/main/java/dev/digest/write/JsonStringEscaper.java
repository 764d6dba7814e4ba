package dev.digest.write;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.digest.model.Swar;
import dev.digest.model.Text;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes UTF-8 text as JSON string values through a Jackson generator, fast: eight bytes at a time
 * it looks for the bytes JSON must escape (quote, backslash, control characters); text with none,
 * most of it, is handed to the generator as is. Escapes are the ones Jackson itself writes, so the
 * output is the same byte for byte.
 */
final class JsonStringEscaper {
  private static final int NEEDS_ESCAPE = Text.CONTROL | Text.QUOTE | Text.BACKSLASH;
  private static final long QUOTES = Swar.broadcast('"');
  private static final long BACKSLASHES = Swar.broadcast('\\');
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private byte[] scratch = new byte[1024];
  private byte[] repeated;
  private byte[] repeatedEscaped;

  /** Writes {@code t} as a JSON string; a text the parser saw holds nothing to escape is not scanned again. */
  void write(JsonGenerator gen, Text t) throws IOException {
    write(gen, t, 0, t.length());
  }

  /** Writes {@code t[from, to)}, not scanned again when the parser saw that {@code t} holds nothing to escape. */
  void write(JsonGenerator gen, Text t, int from, int to) throws IOException {
    if (t.mayHold(NEEDS_ESCAPE)) {
      write(gen, t.bytes(), from, to - from);
    } else {
      gen.writeRawUTF8String(t.bytes(), from, to - from);
    }
  }

  /**
   * Writes {@code b}, a value that comes again and again (each record's source): escaped once, the
   * result kept for as long as the same array comes.
   */
  void writeRepeated(JsonGenerator gen, byte[] b) throws IOException {
    if (b != repeated) {
      int first = firstToEscape(b, 0, b.length);
      repeatedEscaped = first < 0 ? b : Arrays.copyOf(scratch, escape(b, 0, first, b.length));
      repeated = b;
    }
    gen.writeRawUTF8String(repeatedEscaped, 0, repeatedEscaped.length);
  }

  void write(JsonGenerator gen, byte[] b, int off, int len) throws IOException {
    int first = firstToEscape(b, off, off + len);
    if (first < 0) {
      gen.writeRawUTF8String(b, off, len);
      return;
    }
    int n = escape(b, off, first, off + len);
    gen.writeRawUTF8String(scratch, 0, n);
  }

  /** Index of the first byte in {@code b[from, to)} that JSON must escape, or -1. */
  static int firstToEscape(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = Swar.load(b, i);
      long t = Swar.controlBytes(w) | Swar.equalBytes(w, QUOTES) | Swar.equalBytes(w, BACKSLASHES);
      if (t != 0) {
        return i + Swar.firstMarked(t);
      }
    }
    for (; i < to; i++) {
      int c = b[i];
      if (c >= 0 && (c < 0x20 || c == '"' || c == '\\')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Escapes {@code b[from, to)}, of which {@code b[from, first)} needs nothing, into scratch: the
   * runs between escapes are copied whole, found eight bytes at a time.
   */
  private int escape(byte[] b, int from, int first, int to) {
    ensure((to - from) * 6);
    int n = 0;
    int run = from;
    int i = first;
    while (i >= 0) {
      System.arraycopy(b, run, scratch, n, i - run);
      n += i - run;
      n = escapeByte(b[i], n);
      run = i + 1;
      i = firstToEscape(b, run, to);
    }
    System.arraycopy(b, run, scratch, n, to - run);
    return n + to - run;
  }

  /** Writes the escape of {@code c} (a quote, a backslash or a control byte) at {@code scratch[n]}. */
  private int escapeByte(int c, int n) {
    scratch[n++] = '\\';
    switch (c) {
      case '"':
      case '\\':
        scratch[n++] = (byte) c;
        break;
      case '\b':
        scratch[n++] = 'b';
        break;
      case '\t':
        scratch[n++] = 't';
        break;
      case '\n':
        scratch[n++] = 'n';
        break;
      case '\f':
        scratch[n++] = 'f';
        break;
      case '\r':
        scratch[n++] = 'r';
        break;
      default:
        scratch[n++] = 'u';
        scratch[n++] = '0';
        scratch[n++] = '0';
        scratch[n++] = HEX[c >> 4];
        scratch[n++] = HEX[c & 0xF];
    }
    return n;
  }

  private void ensure(int size) {
    if (scratch.length < size) {
      scratch = Arrays.copyOf(scratch, Math.max(size, scratch.length * 2));
    }
  }
}
