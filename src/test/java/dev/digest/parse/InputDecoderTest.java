package dev.digest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed at a terminal, one Ctrl-D ends the input (SPEC 3), however few bytes came before it: the
 * first bytes, read to recognise binary input and byte-order marks, must not swallow it.
 */
class InputDecoderTest {
  @Test
  void anEndOfInputWithinTheFirstBytesEndsTheInput() throws IOException {
    Terminal typed = new Terminal("abc\n");

    assertThat(InputDecoder.toUtf8(typed, StandardCharsets.UTF_8, "-").readAllBytes()).asString().isEqualTo("abc\n");
  }

  @Test
  void anEndOfInputWithinTheFirstBytesEndsTheInputAfterAByteOrderMark() throws IOException {
    Terminal typed = new Terminal("\uFEFFab");

    assertThat(InputDecoder.toUtf8(typed, StandardCharsets.UTF_8, "-").readAllBytes()).asString().isEqualTo("ab");
  }

  @Test
  void anEndOfInputWithinTheFirstBytesEndsTheInputOfAnotherEncoding() throws IOException {
    Terminal typed = new Terminal("ab", StandardCharsets.UTF_16LE);

    assertThat(InputDecoder.toUtf8(typed, StandardCharsets.UTF_16LE, "-").readAllBytes()).asString().isEqualTo("ab");
  }

  @Test
  void nothingButAnEndOfInputIsAnEmptyInput() throws IOException {
    Terminal typed = new Terminal("");

    assertThat(InputDecoder.toUtf8(typed, StandardCharsets.UTF_8, "-").readAllBytes()).isEmpty();
  }

  @Test
  void linesLongerThanTheFirstBytesAreReadOnAsTheyCome() throws IOException {
    Terminal typed = new Terminal("new\n", "\n", "A Title: Typed by Hand\n", "\n");

    assertThat(InputDecoder.toUtf8(typed, StandardCharsets.UTF_8, "-").readAllBytes())
        .asString()
        .isEqualTo("new\n\nA Title: Typed by Hand\n\n");
  }

  /**
   * Standard input at a terminal: each read returns one typed line, then one end of input
   * (Ctrl-D); a read after that would wait for the user to press Ctrl-D again, so it fails here.
   */
  private static final class Terminal extends InputStream {
    private final Deque<byte[]> lines = new ArrayDeque<>();
    private boolean endReported;

    Terminal(String... typed) {
      this(List.of(typed), StandardCharsets.UTF_8);
    }

    Terminal(String typed, Charset charset) {
      this(List.of(typed), charset);
    }

    private Terminal(List<String> typed, Charset charset) {
      for (String line : typed) {
        if (!line.isEmpty()) {
          lines.add(line.getBytes(charset));
        }
      }
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException("read a byte at a time");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (lines.isEmpty()) {
        if (endReported) {
          throw new AssertionError("read on after Ctrl-D: the user must press it again");
        }
        endReported = true;
        return -1;
      }
      byte[] line = lines.peek();
      int n = Math.min(len, line.length);
      System.arraycopy(line, 0, b, off, n);
      if (n == line.length) {
        lines.poll();
      } else {
        lines.push(Arrays.copyOfRange(lines.poll(), n, line.length));
      }
      return n;
    }
  }
}
