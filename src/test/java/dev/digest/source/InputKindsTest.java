package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.parse.DigestInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each input is read as the kind its first bytes tell, never its name. */
class InputKindsTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "new\\n\\nGet trending papers in your email inbox!\\n|PastedTextKind",
        "[CLS] Tokens Are All You Need\\nWe show it. It works.\\n|PastedTextKind",
        "{Braced} Title\\nAn abstract. It goes on.\\n|PastedTextKind",
        "[\"a\", \"b\"]|PastedTextKind",
        "\\n\\n|PastedTextKind",
        "''|PastedTextKind",
        "[{\"paper\": {\"id\": \"1\"}, \"title\": \"T\"}]|DailyPapersKind",
        "  [\\n  {\\n    \"title\": \"T\",\\n    \"paper\": {}\\n  }\\n]|DailyPapersKind",
        "{\"id\": \"0704.0001\", \"submitter\": \"X\", \"title\": \"T\"}\\n|ArxivSnapshotKind",
        "{\"id\": \"0704.0001\", \"title\": \"T\", \"abstract\": \"A\", \"versions\": []}\\n|ArxivSnapshotKind",
        "[\\n{\"key\":\"k\",\"title\":\"T\",\"abstract\":\"A\"}\\n]\\n|DigestRecordsKind",
        "{\"key\":\"k\",\"title\":\"T\",\"abstract\":\"A\"}\\n{\"key\":\"l\"}\\n|DigestRecordsKind",
        "[]|DigestRecordsKind",
        "\uFEFF[{\"paper\": {}}]|DailyPapersKind",
        "[{\"id\": \"edtalk\", \"type\": \"article\", \"title\": \"T\"}]|CslJsonKind",
        "@misc{edtalk,\\n  title = {T}\\n}\\n|BibtexKind",
        "% Encoding: UTF-8\\n\\n@Article{x, title={T}}\\n|BibtexKind",
        "@Home Robots: A Survey\\nAn abstract. It goes on.\\n|PastedTextKind",
        "TY  - GEN\\r\\nTI  - T\\r\\nER  - \\r\\n|RisKind",
        "key,title,abstract\\r\\nk,T,A\\r\\n|CsvKind",
        "Title,Abstract\\nT,A\\n|CsvKind",
        "\"title\",\"abstract\"\\nT,A\\n|CsvKind",
        "key\\ttitle\\nk\\tT\\n|TsvKind",
        "title\\nT\\n|PastedTextKind",
        "Title\\n\\nword word word|PastedTextKind",
        "Title, Abstract and Key: A Study\\nAn abstract. It goes on.\\n|PastedTextKind",
        "title, abstract\\nAn abstract. It goes on.\\n|CsvKind",
      })
  void theFirstBytesTellTheKind(String content, String kind) throws IOException {
    InputHead head = InputHead.of(unescape(content).getBytes(StandardCharsets.UTF_8));

    assertThat(InputKinds.kindOf(head, "in").getClass().getSimpleName()).isEqualTo(kind);
  }

  /**
   * The data kinds told by a first line (BibTeX, RIS, a csv or tsv header) never take a pasted
   * digest: every digest the tests hold (samples, hazards, anomalies, the parser's fuzz inputs) is one.
   */
  @ParameterizedTest
  @MethodSource("digestsTheTestsHold")
  void noDigestIsTakenForData(Path digest) throws IOException {
    InputHead head = InputHead.of(Files.readAllBytes(digest));

    if (!head.looksLikeJson()) {
      assertThat(InputKinds.kindOf(head, digest.toString())).isSameAs(InputKinds.PASTED_TEXT);
    }
  }

  static Stream<Path> digestsTheTestsHold() throws IOException {
    List<Path> digests = new ArrayList<>();
    for (String folder : List.of("samples", "src/test/resources")) {
      try (Stream<Path> files = Files.walk(Paths.get(folder))) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".txt") || p.toString().contains("ParserFuzzTestInputs"))
            .sorted()
            .forEach(digests::add);
      }
    }
    assertThat(digests).hasSizeGreaterThan(10);
    return digests.stream();
  }

  @Test
  void jsonOfAnotherKindIsAnErrorNamingTheKindsDigestReads() throws IOException {
    InputHead head = InputHead.of("[{\"id\": \"ITEM-1\", \"kind\": \"article\"}]".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> InputKinds.kindOf(head, "refs.json"))
        .isInstanceOf(DigestInputException.class)
        .hasMessageContaining("refs.json:1: JSON of a kind digest does not read")
        .hasMessageContaining("Daily Papers API");
  }

  @Test
  void jsonThatDoesNotParseIsAnErrorAtItsLine() throws IOException {
    InputHead head = InputHead.of("[\n{\"paper\": {},\n\"title\": \"a\" \"b\"}]".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> InputKinds.kindOf(head, "api.json"))
        .isInstanceOf(DigestInputException.class)
        .hasMessageStartingWith("api.json:3: the JSON does not parse");
  }

  @Test
  void aDigestIsToldByWhatOneReadGivesWithoutWaitingForMore() throws IOException {
    byte[] first = "Get trending papers in your email inbox!\n".getBytes(StandardCharsets.UTF_8);
    InputStream slow =
        new InputStream() {
          private boolean given;

          @Override
          public int read() {
            throw new AssertionError("read byte by byte");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (given) {
              throw new AssertionError("waited for more input than the first read gave");
            }
            given = true;
            System.arraycopy(first, 0, b, off, first.length);
            return first.length;
          }
        };

    InputHead head = InputHead.read(slow);

    assertThat(head.looksLikeJson()).isFalse();
  }

  @Test
  void theHeadIsHandedBackInFrontOfTheRest() throws IOException {
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    InputHead head = InputHead.of(content);

    assertThat(head.replay().readAllBytes()).isEqualTo(content);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
  }
}
