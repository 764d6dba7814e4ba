package dev.digest.write;

import dev.digest.model.Text;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * One record a {@link RecordRenderer} formatted: a slice of {@link RenderedBytes} with the places
 * only the run can fill in, in the order they come: where the base key ends (the run puts the
 * suffix that makes the key unique there; BibTeX writes the key twice) and where the line number
 * stands (the record's line within its piece of the input, which the run replaces with its line
 * in the whole input). Reused from record to record by whoever hands records on.
 */
public final class RenderedRecord {
  private static final int KEY_END = 0;
  private static final int LINE = 1;

  private RenderedBytes bytes = new RenderedBytes(0);
  private int from;
  private int to;
  private int baseKeyLength;
  /** Place {@code i}: its kind, and the span {@code [placeFrom[i], placeTo[i])} (empty for a key's end). */
  private int[] kinds = new int[4];
  private int[] placeFrom = new int[4];
  private int[] placeTo = new int[4];
  private int places;
  private final byte[] digits = new byte[ByteSink.DECIMAL_BYTES];

  /** Points at {@code bytes[from, to)}, its key {@code baseKeyLength} bytes long when it was rendered. */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "a view of the bytes it is given, as RecordView is of its text")
  public void set(RenderedBytes bytes, int from, int to, int baseKeyLength) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    this.baseKeyLength = baseKeyLength;
  }

  /** Forgets the places, before a renderer notes those of the next record. */
  public void clearPlaces() {
    places = 0;
  }

  /** Notes that the base key ends at {@code offset} of the bytes; places come in order. */
  void keyEndsAt(int offset) {
    add(KEY_END, offset, offset);
  }

  /** Notes that the line number is {@code [from, to)} of the bytes; places come in order. */
  void lineAt(int from, int to) {
    add(LINE, from, to);
  }

  private void add(int kind, int start, int end) {
    if (places == kinds.length) {
      kinds = Arrays.copyOf(kinds, places * 2);
      placeFrom = Arrays.copyOf(placeFrom, places * 2);
      placeTo = Arrays.copyOf(placeTo, places * 2);
    }
    kinds[places] = kind;
    placeFrom[places] = start;
    placeTo[places] = end;
    places++;
  }

  /**
   * Whether the run's suffix can go right after each place the key ends: the key is ASCII letters
   * and digits (as every key digest builds), which no format quotes or escapes, alone or with a
   * suffix of letters, and the writer wrote it as it is there. Any other key (one a format would
   * quote as a whole, say) is not, and the run formats that record itself.
   */
  public boolean keysVerbatim(Text key) {
    int n = key.length();
    byte[] k = key.bytes();
    for (int i = 0; i < n; i++) {
      int c = k[i] | 0x20;
      if (!(c >= 'a' && c <= 'z') && !(k[i] >= '0' && k[i] <= '9')) {
        return false;
      }
    }
    for (int i = 0; i < places; i++) {
      if (kinds[i] == KEY_END) {
        int end = placeFrom[i];
        if (n == 0 || end - n < from || !Arrays.equals(bytes.array(), end - n, end, key.bytes(), 0, n)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Writes the record with {@code key}, its base key and the suffix the run gave it, and with {@code
   * line} in place of the line number it was rendered with.
   */
  void writeTo(OutputStream out, Text key, int line) throws IOException {
    byte[] b = bytes.array();
    int suffix = key.length() - baseKeyLength;
    int at = from;
    for (int i = 0; i < places; i++) {
      if (kinds[i] == KEY_END) {
        if (suffix > 0) {
          out.write(b, at, placeFrom[i] - at);
          out.write(key.bytes(), baseKeyLength, suffix);
          at = placeFrom[i];
        }
      } else {
        out.write(b, at, placeFrom[i] - at);
        int start = ByteSink.formatDecimal(line, digits);
        out.write(digits, start, digits.length - start);
        at = placeTo[i];
      }
    }
    out.write(b, at, to - at);
  }
}
