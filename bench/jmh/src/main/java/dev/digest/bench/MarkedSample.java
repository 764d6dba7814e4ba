package dev.digest.bench;

import dev.digest.model.Text;
import dev.digest.parse.DiagnosticListener;
import dev.digest.run.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sample digest with the byte offset where each of its titles ends, so that copies of it can
 * carry distinct titles: the samples repeat some titles, and a corpus of repeated samples would
 * otherwise have {@code --dedupe} drop most records and the citation keys grow long suffixes,
 * neither of which a real corpus does.
 *
 * <p>The parser itself finds the titles (by line number), so the marks land exactly where the
 * parser sees a title, whatever the layout.
 */
final class MarkedSample {
  private final byte[] content;
  private final int[] titleEnds;

  private MarkedSample(byte[] content, int[] titleEnds) {
    this.content = content;
    this.titleEnds = titleEnds;
  }

  static MarkedSample of(byte[] content) {
    int[] lineStarts = lineStarts(content);
    List<Integer> ends = new ArrayList<>();
    try (DigestReader reader = new DigestReader(
        List.of(InputSource.bytes("sample", content)), ParseOptions.defaults(), false, DiagnosticListener.IGNORE)) {
      while (reader.advance()) {
        ends.add(titleEnd(content, lineStarts, reader.current().line(), reader.current().title()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MarkedSample(content, ends.stream().mapToInt(Integer::intValue).toArray());
  }

  int recordCount() {
    return titleEnds.length;
  }

  /**
   * Writes the sample with " (part N)" after each title, N counting up from {@code firstNumber}
   * (the marking {@code bench/gen-corpus.sh} uses by default).
   */
  void writeTo(ByteArrayOutputStream out, int firstNumber) {
    int from = 0;
    int number = firstNumber;
    for (int end : titleEnds) {
      out.write(content, from, end - from);
      byte[] mark = (" (part " + number++ + ")").getBytes(StandardCharsets.US_ASCII);
      out.write(mark, 0, mark.length);
      from = end;
    }
    out.write(content, from, content.length - from);
  }

  private static int titleEnd(byte[] content, int[] lineStarts, int line, Text title) {
    int lineStart = lineStarts[line - 1];
    int lineEnd = line < lineStarts.length ? lineStarts[line] : content.length;
    int at = indexOf(content, lineStart, lineEnd, title.bytes(), title.length());
    if (at < 0) {
      throw new IllegalStateException(
          "the title of the record at line " + line + " of a sample is not on that line verbatim: " + title);
    }
    return at + title.length();
  }

  private static int indexOf(byte[] haystack, int from, int to, byte[] needle, int needleLength) {
    for (int i = from; i + needleLength <= to; i++) {
      if (Arrays.equals(haystack, i, i + needleLength, needle, 0, needleLength)) {
        return i;
      }
    }
    return -1;
  }

  /** Where each line starts; line ends are LF, CRLF or CR, as the parser reads them. */
  private static int[] lineStarts(byte[] content) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if (b == '\n' || (b == '\r' && (i + 1 == content.length || content[i + 1] != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
