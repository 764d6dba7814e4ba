package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.TestInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's bibtex output of every sample and of the hazard digest, read back by an
 * independent parser (jbibtex): as many entries as the jsonl output has records, the same keys in
 * the same order, and every title, abstract and date decoding back to exactly the record's text
 * (control characters, tab and line ends as spaces), the link written as is.
 */
class BibtexRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Key ABSTRACT = new Key("abstract");
  private static final Key EPRINT = new Key("eprint");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void everyEntryReadsBackToItsRecord(Path input) throws Exception {
    List<JsonNode> records = records(input);
    CliRun bib = CliRun.of("convert", "-f", "bibtex", input.toString());
    assertThat(bib.exitCode).as(bib.toString()).isZero();

    List<BibTeXEntry> entries = BibtexStrictParser.entries(bib.stdout);

    assertThat(entries).hasSameSizeAs(records).isNotEmpty();
    int crossChecked = 0;
    for (int i = 0; i < entries.size(); i++) {
      BibTeXEntry entry = entries.get(i);
      JsonNode record = records.get(i);
      String key = record.get("key").asText();
      assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
      assertThat(entry.getKey().getValue()).isEqualTo(key);
      assertThat(entry.getFields().keySet()).containsExactlyInAnyOrderElementsOf(expectedFields(record));
      assertThat(field(entry, BibTeXEntry.KEY_KEY)).isEqualTo(key);

      crossChecked += checkText(entry, BibTeXEntry.KEY_TITLE, record.get("title").asText());
      if (!record.get("abstract").asText().isEmpty()) {
        crossChecked += checkText(entry, ABSTRACT, record.get("abstract").asText());
      }
      if (!record.get("date").isNull()) {
        crossChecked += checkText(entry, BibTeXEntry.KEY_NOTE, record.get("date").asText());
      }
      JsonNode arxiv = record.get("arxiv");
      if (!arxiv.isNull()) {
        assertThat(field(entry, BibTeXEntry.KEY_URL)).isEqualTo("https://arxiv.org/abs/" + arxiv.asText());
        assertThat(field(entry, EPRINT)).isEqualTo(arxiv.asText());
        assertThat(field(entry, BibTeXEntry.KEY_DOI)).isEqualTo("10.48550/arXiv." + arxiv.asText());
      } else if (record.get("urls").size() > 0) {
        String url = field(entry, BibTeXEntry.KEY_URL);
        assertThat(url).isEqualTo(record.get("urls").get(0).asText()).doesNotContain("{", "}", "\\");
      }
      List<String> authors = new ArrayList<>();
      record.get("authors").forEach(a -> authors.add(a.asText()));
      if (!authors.isEmpty()) {
        crossChecked += checkText(entry, BibTeXEntry.KEY_AUTHOR, String.join(" and ", authors));
      }
      if (!record.get("published").isNull()) {
        assertThat(field(entry, BibTeXEntry.KEY_YEAR)).isEqualTo(record.get("published").asText().substring(0, 4));
      }
    }
    assertThat(crossChecked).as("values jbibtex's own LaTeX printer could also decode").isPositive();
  }

  /**
   * Decodes a value with the test's TeX reader (exact) and, when its lexer accepts the text, with
   * jbibtex's; returns 1 when jbibtex decoded it too.
   */
  private static int checkText(BibTeXEntry entry, Key name, String original) throws Exception {
    String value = field(entry, name);
    String expected = LatexDecoder.expected(original);
    assertThat(LatexDecoder.bracesBalanceForBibtex(value)).as("braces of %s: %s", name, value).isTrue();
    assertThat(LatexDecoder.decode(value)).as("%s of %s", name, entry.getKey()).isEqualTo(expected);
    String jbibtex = BibtexStrictParser.jbibtexDecode(value);
    if (jbibtex == null) {
      return 0;
    }
    assertThat(jbibtex).as("%s of %s decoded by jbibtex", name, entry.getKey()).isEqualTo(BibtexStrictParser.jbibtexTypography(expected));
    return 1;
  }

  private static Set<Key> expectedFields(JsonNode record) {
    Set<Key> fields = new LinkedHashSet<>(List.of(BibTeXEntry.KEY_TITLE, BibTeXEntry.KEY_KEY));
    if (!record.get("abstract").asText().isEmpty()) {
      fields.add(ABSTRACT);
    }
    if (record.get("urls").size() > 0) {
      fields.add(BibTeXEntry.KEY_URL);
    }
    if (!record.get("date").isNull()) {
      fields.add(BibTeXEntry.KEY_NOTE);
    }
    if (!record.get("authors").isEmpty()) {
      fields.add(BibTeXEntry.KEY_AUTHOR);
    }
    if (!record.get("published").isNull()) {
      fields.add(BibTeXEntry.KEY_YEAR);
      fields.add(BibTeXEntry.KEY_MONTH);
    }
    if (!record.get("arxiv").isNull()) {
      fields.addAll(List.of(BibTeXEntry.KEY_URL, EPRINT, new Key("archivePrefix"), BibTeXEntry.KEY_DOI));
    }
    return fields;
  }

  private static String field(BibTeXEntry entry, Key name) {
    Value v = entry.getField(name);
    assertThat(v).as("field %s of %s", name, entry.getKey()).isNotNull();
    return v.toUserString();
  }

  private static List<JsonNode> records(Path input) throws IOException {
    CliRun jsonl = CliRun.of("convert", "-f", "jsonl", input.toString());
    assertThat(jsonl.exitCode).as(jsonl.toString()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonl.stdout.split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }
}
