package dev.digest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The options of one input: UTF-8, 1 MiB of text and standard input unless told otherwise. */
class ParseOptionsTest {

  @Test
  void defaults() {
    ParseOptions o = ParseOptions.defaults();

    assertThat(o.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(o.maxRecordChars()).isEqualTo(1_048_576);
    assertThat(o.sourceName()).isEqualTo("-");
  }

  @Test
  void builderSetsEveryOption() {
    ParseOptions o =
        ParseOptions.builder()
            .encoding(StandardCharsets.ISO_8859_1)
            .maxRecordChars(10)
            .sourceName("a.txt")
            .build();

    assertThat(o.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(o.maxRecordChars()).isEqualTo(10);
    assertThat(o.sourceName()).isEqualTo("a.txt");
  }

  @Test
  void toBuilderKeepsTheOtherOptions() {
    ParseOptions o =
        ParseOptions.builder().encoding(StandardCharsets.UTF_16LE).maxRecordChars(5).build().toBuilder().sourceName("b").build();

    assertThat(o.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(o.maxRecordChars()).isEqualTo(5);
    assertThat(o.sourceName()).isEqualTo("b");
  }

  @Test
  void limitBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ParseOptions.builder().maxRecordChars(0).build());
    assertThrows(IllegalArgumentException.class, () -> ParseOptions.builder().maxRecordChars(-1).build());
  }

  @Test
  void limitOfOneIsAccepted() {
    assertThat(ParseOptions.builder().maxRecordChars(1).build().maxRecordChars()).isEqualTo(1);
  }
}
