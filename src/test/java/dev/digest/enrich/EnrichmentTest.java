package dev.digest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records complete themselves from the paper of the same title, and only where they lack something. */
class EnrichmentTest {
  private static final String RECORDS =
      "{\"title\": \"Scale-Efficient  Training\", \"abstract\": \"A.\", \"authors\": [\"Ann Lee\", \"Bo Li\"], \"arxiv\": \"2401.00001\", \"published\": \"2024-01-02\"}\n"
          + "{\"title\": \"scale efficient training!\", \"abstract\": \"B.\", \"authors\": [\"Someone Else\"], \"arxiv\": \"2401.99999\"}\n"
          + "{\"title\": \"Only An Id\", \"abstract\": \"C.\", \"arxiv\": \"2402.00002\"}\n"
          + "{\"title\": \"Knows Nothing\", \"abstract\": \"D.\"}\n";

  private final List<Diagnostic> warnings = new ArrayList<>();

  @Test
  void aRecordTakesAuthorsIdAndDateFromThePaperOfTheSameTitleComparedAsDedupeDoes() throws IOException {
    RecordView r = record("Scale Efficient Training", 7);

    enrichment().complete(r, warnings::add);

    assertThat(r.authors()).containsExactly("Ann Lee", "Bo Li");
    assertThat(r.arxiv()).hasToString("2401.00001");
    assertThat(r.published()).hasToString("2024-01-02");
    assertThat(warnings).isEmpty();
  }

  @Test
  void onlyWhatTheRecordLacksIsTaken() throws IOException {
    RecordView r = record("Scale Efficient Training", 7);
    r.addAuthor("Own Author");
    r.setPublished("2023-12-31");

    enrichment().complete(r, warnings::add);

    assertThat(r.authors()).containsExactly("Own Author");
    assertThat(r.arxiv()).hasToString("2401.00001");
    assertThat(r.published()).hasToString("2023-12-31");
    assertThat(r.title()).hasToString("Scale Efficient Training");
  }

  @Test
  void aPaperThatKnowsOnlyItsIdGivesItsId() throws IOException {
    RecordView r = record("ONLY an id", 3);

    enrichment().complete(r, warnings::add);

    assertThat(r.arxiv()).hasToString("2402.00002");
    assertThat(r.authorCount()).isZero();
    assertThat(r.published()).isNull();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRecordWithNoPaperOfItsTitleKeepsItsNullsAndIsWarnedAbout() throws IOException {
    RecordView r = record("Knows Nothing", 12);

    enrichment().complete(r, warnings::add);

    assertThat(r.arxiv()).isNull();
    assertThat(warnings).extracting(Diagnostic::format)
        .containsExactly(
            "paste.txt:12: warning: no paper with this title in the --enrich files (\"Knows Nothing\"); "
                + "its authors and arXiv id stay unknown [not-enriched]");
  }

  @Test
  void aRecordThatLacksNothingIsLeftAlone() throws IOException {
    RecordView r = record("Not In The Files", 1);
    r.addAuthor("A B");
    r.setArxiv("2501.00001");
    r.setPublished("2025-01-01");

    enrichment().complete(r, warnings::add);

    assertThat(warnings).isEmpty();
  }

  @Test
  void theFirstPaperOfATitleCountsAndAPaperWithNoDataIsNotKept() throws IOException {
    Enrichment e = enrichment();

    assertThat(e.papers()).isEqualTo(2);
  }

  @Test
  void manyPapersKeepTheirOwnData() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append("{\"title\": \"Paper ").append(i).append("\", \"abstract\": \"A.\", \"authors\": [\"Author ").append(i)
          .append("\", \"Zoë ").append(i).append("\"], \"arxiv\": \"").append(i).append("\"}\n");
    }
    Enrichment e = Enrichment.load(List.of(InputSource.bytes("many.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8))), ParseOptions.defaults());

    for (int i = 0; i < 20_000; i += 997) {
      RecordView r = record("paper " + i, 1);
      e.complete(r, warnings::add);
      assertThat(r.authors()).containsExactly("Author " + i, "Zoë " + i);
      assertThat(r.arxiv()).hasToString(Integer.toString(i));
    }
    assertThat(warnings).isEmpty();
  }

  private static Enrichment enrichment() throws IOException {
    return Enrichment.load(List.of(InputSource.bytes("papers.jsonl", RECORDS.getBytes(StandardCharsets.UTF_8))), ParseOptions.defaults());
  }

  private static RecordView record(String title, int line) {
    RecordView r = new RecordView();
    r.title().append(title);
    r.abstractText().append("Pasted abstract.");
    r.setSource("paste.txt");
    r.setLine(line);
    return r;
  }
}
