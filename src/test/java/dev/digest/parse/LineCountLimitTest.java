package dev.digest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Past the last line number an int holds, an input is refused, never numbered with negative lines. */
class LineCountLimitTest {
  private static LineReader nearTheLimit(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new LineReader(new ByteArrayInputStream(bytes), "endless.txt", 1 << 20, Integer.MAX_VALUE - 2);
  }

  @Test
  void theLastNumberableLineIsRead() throws IOException {
    LineReader lines = nearTheLimit("a\nb\n");
    assertThat(lines.next()).isTrue();
    assertThat(lines.next()).isTrue();
    assertThat(lines.lineNumber()).isEqualTo(Integer.MAX_VALUE);
    assertThat(lines.next()).isFalse();
  }

  @Test
  void oneLineMoreIsAnInputErrorThatSaysToSplitTheInput() throws IOException {
    LineReader lines = nearTheLimit("a\nb\nc\n");
    lines.next();
    lines.next();
    assertThatThrownBy(lines::next)
        .isInstanceOf(DigestInputException.class)
        .hasMessageContaining("endless.txt")
        .hasMessageContaining("more than 2147483647 lines")
        .hasMessageContaining("split");
  }

  @Test
  void anUnendedLastLineCountsToo() throws IOException {
    LineReader lines = nearTheLimit("a\nb\nc");
    lines.next();
    lines.next();
    assertThatThrownBy(lines::next).isInstanceOf(DigestInputException.class);
  }
}
