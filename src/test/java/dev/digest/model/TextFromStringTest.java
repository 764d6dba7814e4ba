package dev.digest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a {@code String} becomes a {@link Text}, the only way a library user's record reaches a
 * writer. UTF-8 cannot encode a lone surrogate, so each is stored as {@code ?} (what Java's UTF-8
 * encoder substitutes); the writer fuzz targets expect exactly this, so a change here is a choice
 * to make on purpose (U+FFFD, or refusing the string, are the alternatives).
 */
class TextFromStringTest {

  @Test
  void loneSurrogateIsStoredAsQuestionMark() {
    Text t = Text.of("a\uD800b\uDC00");

    assertThat(t.toString()).isEqualTo("a?b?");
    assertThat(t.chars()).isEqualTo(4);
  }

  @Test
  void surrogatePairIsStoredAsItsCodePoint() {
    Text t = Text.of("\uD83D\uDE42");

    assertThat(t.toString()).isEqualTo("\uD83D\uDE42");
    assertThat(t.length()).isEqualTo(4);
    assertThat(t.chars()).isEqualTo(1);
  }
}
