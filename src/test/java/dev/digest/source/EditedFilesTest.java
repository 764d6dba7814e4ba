package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digest.model.Record;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files of the formats digest writes, as a person or a reference manager leaves them: other entry
 * types, macros, comments, fields in any case and order, LaTeX accents, wrapped values, a subset of
 * columns. Each reads as an input of its kind, keys as written.
 */
class EditedFilesTest {

  private static List<Record> read(String name, String content) throws IOException {
    List<Record> records = new ArrayList<>();
    try (RecordSource source =
        InputKinds.open(InputSource.bytes(name, content.getBytes(StandardCharsets.UTF_8)), ParseOptions.defaults(), d -> {})) {
      while (source.advance()) {
        records.add(source.current().toRecord());
      }
    }
    return records;
  }

  @Test
  void bibtexAsAPersonKeepsIt() throws IOException {
    String bib =
        "% Encoding: UTF-8\n"
            + "@String{ hf = \"Hugging Face\" }\n"
            + "@Preamble{ \"\\newcommand{\\noop}[1]{}\" }\n"
            + "Free text between entries is a comment to BibTeX.\n\n"
            + "@ARTICLE{ Mueller2024,\n"
            + "  AUTHOR = {M{\\\"u}ller, J{\\'e}r{\\^o}me and {Hugging Face} and van der Berg, Anna},\n"
            + "  TITLE = {{\\'E}crire: Caf{\\'e} Na{\\\"\\i}ve --- {LLMs} at 50{\\%}},\n"
            + "  journal = hf,\n  year = 2024, month = may,\n"
            + "  note = {Apr 23},\n"
            + "  abstract = {We show it.\n    It works at https://example.org/x.},\n"
            + "  eprint = {2404.12345}, archivePrefix = {arXiv}\n"
            + "}\n\n"
            + "@comment{jabref-meta: databaseType:bibtex;}\n"
            + "@book(notitle, author = {Someone})\n"
            + "@misc{doiOnly, title = \"Who's {Harry} Potter?\", doi = {10.48550/arXiv.2310.02238}}\n";

    List<Record> records = read("refs.bib", bib);

    assertThat(records).hasSize(2);
    Record first = records.get(0);
    assertThat(first.key()).isEqualTo("Mueller2024");
    assertThat(first.title()).isEqualTo("Écrire: Café Naïve — LLMs at 50%");
    assertThat(first.authors()).containsExactly("Müller, Jérôme", "Hugging Face", "van der Berg, Anna");
    assertThat(first.abstractText()).isEqualTo("We show it. It works at https://example.org/x.");
    assertThat(first.urls()).containsExactly("https://example.org/x");
    assertThat(first.date()).isEqualTo("Apr 23");
    assertThat(first.arxiv()).isEqualTo("2404.12345");
    assertThat(first.line()).isEqualTo(6);
    assertThat(records.get(1).title()).isEqualTo("Who's Harry Potter?");
    assertThat(records.get(1).abstractText()).isEmpty();
    assertThat(records.get(1).arxiv()).isEqualTo("2310.02238");
    assertThat(records.get(1).line()).isEqualTo(19);
  }

  @Test
  void latexAccentsOfEveryKindDecode() throws IOException {
    String bib =
        "@misc{a, title = {J{\\'e}r{\\^o}me Gar{\\c{c}}on {\\v S}koda {\\=a}{\\.z}{\\u{a}} Erd{\\H{o}}s {\\r a}{\\k{e}} \\o{} {\\ss} Na{\\\"\\i}ve}}\n";

    assertThat(read("a.bib", bib).get(0).title()).isEqualTo("Jérôme Garçon Škoda āżă Erdős åę ø ß Naïve");
  }

  @Test
  void aBibtexEntryWithoutATitleIsNoRecordButKeepsItsKey() throws IOException {
    String bib = "@book{noTitle, author = {A}}\n@misc{t, title = {T}}\n";
    try (RecordSource source =
        InputKinds.open(InputSource.bytes("a.bib", bib.getBytes(StandardCharsets.UTF_8)), ParseOptions.defaults(), d -> {})) {
      assertThat(source.advance()).isTrue();
      assertThat(source.current().key().toString()).isEqualTo("t");
      assertThat(source.advance()).isFalse();
      assertThat(source.keysWithoutRecord()).containsExactly("noTitle");
    }
  }

  @Test
  void bibtexThatDoesNotParseIsAnErrorAtItsLine() {
    String bib = "@misc{a, title = {A}}\n\n@misc{b,\n  title = {B},\n  abstract = {unclosed\n}\n";

    assertThatThrownBy(() -> read("broken.bib", bib))
        .isInstanceOf(DigestInputException.class)
        .hasMessageStartingWith("broken.bib:")
        .hasMessageContaining("BibTeX that does not parse");
  }

  @Test
  void risAsZoteroExportsIt() throws IOException {
    String ris =
        "TY  - JOUR\r\nT1  - A Title That Goes On\r\n  Over Two Lines\r\nAU  - Doe, Jane\r\nA1  - Roe, Rick\r\n"
            + "N2  - The abstract. See https://example.org.\r\nDA  - 2024/05/27/\r\nDO  - 10.48550/arXiv.2405.1\r\n"
            + "ID  - doe2024\r\nKW  - a keyword\r\nER  - \r\n\r\n"
            + "TY  - BOOK\r\nAU  - No Title\r\nER  - \r\n"
            + "TY  - GEN\r\nTI  - No ER at the end\r\nN1  - A note, not a date.\r\n";

    List<Record> records = read("export.ris", ris);

    assertThat(records).hasSize(2);
    Record first = records.get(0);
    assertThat(first.key()).isEqualTo("doe2024");
    assertThat(first.title()).isEqualTo("A Title That Goes On Over Two Lines");
    assertThat(first.authors()).containsExactly("Doe, Jane", "Roe, Rick");
    assertThat(first.abstractText()).isEqualTo("The abstract. See https://example.org.");
    assertThat(first.urls()).containsExactly("https://example.org");
    assertThat(first.published()).isEqualTo("2024-05-27");
    assertThat(first.arxiv()).isEqualTo("2405.1");
    assertThat(first.line()).isEqualTo(1);
    assertThat(records.get(1).title()).isEqualTo("No ER at the end");
    assertThat(records.get(1).date()).isNull();
    assertThat(records.get(1).line()).isEqualTo(16);
  }

  @Test
  void csvWithTheColumnsAPersonKept() throws IOException {
    String csv =
        "\uFEFFTitle,Key,notes,urls\r\n"
            + "\"A Title, With a Comma\",k1,\"a note\nover two lines\",https://a.org https://b.org\r\n"
            + "\r\n"
            + "Second,k2,,\r\n";

    List<Record> records = read("sheet.csv", csv);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).title()).isEqualTo("A Title, With a Comma");
    assertThat(records.get(0).key()).isEqualTo("k1");
    assertThat(records.get(0).abstractText()).isEmpty();
    assertThat(records.get(0).urls()).containsExactly("https://a.org", "https://b.org");
    assertThat(records.get(0).line()).isEqualTo(2);
    assertThat(records.get(1).title()).isEqualTo("Second");
    assertThat(records.get(1).urls()).isEmpty();
    assertThat(records.get(1).line()).isEqualTo(5);
  }

  @Test
  void aCsvRowWithoutATitleIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> read("sheet.csv", "key,title\r\nk1,T\r\nk2,\r\n"))
        .isInstanceOf(DigestInputException.class)
        .hasMessage("sheet.csv:3: a row without a title; every row needs a title; fix or remove this one");
    assertThatThrownBy(() -> read("sheet.csv", "key,title\r\nk1,\"unclosed\r\n"))
        .isInstanceOf(DigestInputException.class)
        .hasMessageStartingWith("sheet.csv:")
        .hasMessageContaining("CSV that does not parse");
  }

  @Test
  void tsvEscapesReadBack() throws IOException {
    List<Record> records = read("t.tsv", "title\tabstract\tauthors\nA\\tB\tline\\nbreak \\\\ end\tX Y; Z\n");

    assertThat(records).hasSize(1);
    assertThat(records.get(0).title()).isEqualTo("A\tB");
    assertThat(records.get(0).abstractText()).isEqualTo("line\nbreak \\ end");
    assertThat(records.get(0).authors()).containsExactly("X Y", "Z");
  }

  @Test
  void cslJsonAsZoteroExportsIt() throws IOException {
    String csl =
        "[{\"id\": \"http://zotero.org/users/1/items/ABC\", \"type\": \"article-journal\", \"title\": \"T\","
            + " \"author\": [{\"family\": \"Berg\", \"given\": \"Anna\", \"non-dropping-particle\": \"van der\"}, {\"literal\": \"OpenAI\"}],"
            + " \"issued\": {\"date-parts\": [[\"2024\", 5, 27]]}, \"DOI\": \"10.48550/arXiv.2405.00001\", \"note\": \"read twice\"},"
            + " {\"id\": 7, \"type\": \"book\", \"title\": \"U\", \"issued\": {\"date-parts\": [[2024]]}, \"number\": \"arXiv:2401.2\"}]";

    List<Record> records = read("zotero.json", csl);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).key()).isEqualTo("http://zotero.org/users/1/items/ABC");
    assertThat(records.get(0).authors()).containsExactly("Anna van der Berg", "OpenAI");
    assertThat(records.get(0).published()).isEqualTo("2024-05-27");
    assertThat(records.get(0).arxiv()).isEqualTo("2405.00001");
    assertThat(records.get(0).date()).isNull();
    assertThat(records.get(0).abstractText()).isEmpty();
    assertThat(records.get(1).key()).isEqualTo("7");
    assertThat(records.get(1).published()).isNull();
    assertThat(records.get(1).arxiv()).isEqualTo("2401.2");
  }
}
