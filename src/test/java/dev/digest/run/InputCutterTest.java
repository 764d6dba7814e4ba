package dev.digest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.PieceSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A share of a snapshot file, opened by a worker at its offset. */
class InputCutterTest {
  private static final ParseOptions OPTIONS = ParseOptions.builder().sourceName("s.jsonl").build();

  @TempDir Path tmp;

  @Test
  void aShareReadsTheItemsFromItsOffset() throws IOException {
    String first = "{\"id\":\"1\",\"title\":\"A\",\"abstract\":\"a\"}\n";
    Path file = Files.writeString(tmp.resolve("s.jsonl"), first + "{\"id\":\"2\",\"title\":\"B\",\"abstract\":\"b\"}\n", StandardCharsets.UTF_8);
    try (PieceSource share = InputCutter.openShare(InputSource.file(file, "s.jsonl"), first.length(), -1, OPTIONS)) {
      assertThat(share.advance()).isTrue();
      assertThat(share.current().title().toString()).isEqualTo("B");
      assertThat(share.current().line()).as("numbered from the share's first line").isEqualTo(1);
      assertThat(share.advance()).isFalse();
    }
  }

  @Test
  void anInputThatGotShorterSinceItsSharesWereCutIsAClearErrorOrEndsThere() throws IOException {
    byte[] bytes = "{\"id\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
    // A stream that cannot be moved past its end (a file on another file system, say).
    assertThatThrownBy(() -> InputCutter.openShare(InputSource.bytes("s.jsonl", bytes), 1 << 20, -1, OPTIONS))
        .isInstanceOf(DigestInputException.class)
        .hasMessageContaining("s.jsonl")
        .hasMessageContaining("the file got shorter while it was read");
    // A local file can be: its share then ends at once, as -j 1 ends where the file now ends.
    Path file = Files.write(tmp.resolve("s.jsonl"), bytes);
    try (PieceSource share = InputCutter.openShare(InputSource.file(file, "s.jsonl"), 1 << 20, -1, OPTIONS)) {
      assertThat(share.advance()).isFalse();
    }
  }
}
