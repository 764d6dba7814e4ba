package dev.digest.parse;

import static dev.digest.parse.Digests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digest.model.RecordView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single-input, byte-level parser: {@code advance()} and {@code current()}. */
class DigestParserTest {

  @Test
  void advanceAndCurrentGiveTheRecordsWithoutKeys() throws IOException {
    byte[] input =
        utf8(
            """
            new

            Apr 23

            EDTalk: Talking Heads

            An abstract. See https://x.org/a.

            Second Title
            """);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    try (DigestParser parser =
        DigestParser.open(
            new ByteArrayInputStream(input), ParseOptions.builder().sourceName("p.txt").build(), diagnostics::add)) {
      assertThat(parser.source()).isEqualTo("p.txt");
      while (parser.advance()) {
        RecordView v = parser.current();
        seen.add(
            tuple(
                v.key().toString(),
                v.title().toString(),
                v.abstractText().toString(),
                v.urls(),
                v.date() == null ? null : v.date().toString(),
                v.source(),
                v.line()));
      }
      assertThat(parser.advance()).isFalse();
    }

    assertThat(seen)
        .containsExactly(
            tuple("", "EDTalk: Talking Heads", "An abstract. See https://x.org/a.", List.of("https://x.org/a"), "Apr 23", "p.txt", 5),
            tuple("", "Second Title", "", List.of(), "Apr 23", "p.txt", 9));
    assertThat(diagnostics)
        .extracting(Diagnostic::source, Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple("p.txt", 9, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void openRefusesGzipAtOnce() {
    byte[] gzip = Digests.bytes(0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00);
    DigestInputException e =
        assertThrows(
            DigestInputException.class,
            () -> DigestParser.open(new ByteArrayInputStream(gzip), ParseOptions.builder().sourceName("p.gz").build(), d -> {}));

    assertThat(e.source()).isEqualTo("p.gz");
    assertThat(e.getMessage()).contains("zcat");
  }

  @Test
  void closeClosesTheStream() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(utf8("new\n")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    DigestParser parser = DigestParser.open(in, ParseOptions.defaults(), d -> {});
    assertThat(parser.advance()).isFalse();
    parser.close();

    assertThat(closed[0]).isTrue();
  }
}
