package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authors, arXiv id and publication date in every format, asserted to the exact bytes. */
class PaperFieldsTest {

  /** A paper as the Daily Papers API gives it, with a name of each kind the formats treat apart. */
  static RecordView paper() {
    RecordView r = BibtexRecordWriterTest.record("convllava", "ConvLLaVA: Hierarchical Backbones", "We propose ConvLLaVA.", null);
    r.addAuthor("Chunjiang Ge");
    r.addAuthor("Ludwig van der Berg");
    r.addAuthor("Martin Luther King Jr.");
    r.addAuthor("Plato");
    r.addAuthor("Smith, John");
    r.addAuthor("Tom and Jerry");
    r.setArxiv("2405.15738");
    r.setPublished("2024-05-24");
    return r;
  }

  static String write(Format format, RecordView r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter w = format.writer(out, WriterOptions.DEFAULTS);
    w.begin();
    w.write(r);
    w.end();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesCarryAllTenFieldsInOrder() throws IOException {
    assertThat(write(Format.JSONL, paper()))
        .isEqualTo(
            "{\"key\":\"convllava\",\"title\":\"ConvLLaVA: Hierarchical Backbones\",\"abstract\":\"We propose ConvLLaVA.\","
                + "\"urls\":[],\"date\":null,\"source\":\"test.txt\",\"line\":1,"
                + "\"authors\":[\"Chunjiang Ge\",\"Ludwig van der Berg\",\"Martin Luther King Jr.\",\"Plato\",\"Smith, John\",\"Tom and Jerry\"],"
                + "\"arxiv\":\"2405.15738\",\"published\":\"2024-05-24\"}\n");
  }

  @Test
  void prettyJsonIndentsTheAuthors() throws IOException {
    RecordView r = BibtexRecordWriterTest.record("k", "T", "A.", null);
    r.addAuthor("Ann Lee");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter w = Format.JSON.writer(out, new WriterOptions(List.of(Field.AUTHORS, Field.ARXIV), true));
    w.begin();
    w.write(r);
    w.end();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n  {\n    \"authors\": [\n      \"Ann Lee\"\n    ],\n    \"arxiv\": null\n  }\n]\n");
  }

  @Test
  void csvJoinsTheAuthorsWithASemicolon() throws IOException {
    assertThat(write(Format.CSV, paper()))
        .endsWith(
            ",test.txt,1,\"Chunjiang Ge; Ludwig van der Berg; Martin Luther King Jr.; Plato; Smith, John; Tom and Jerry\",2405.15738,2024-05-24\r\n");
  }

  @Test
  void bibtexHasAuthorsYearMonthAndTheArxivFields() throws IOException {
    assertThat(write(Format.BIBTEX, paper()))
        .contains(
            "  author = {Chunjiang Ge and Ludwig van der Berg and Martin Luther King Jr. and Plato and {Smith, John} and {Tom and Jerry}},\n"
                + "  year = {2024},\n"
                + "  month = may,\n"
                + "  abstract = {We propose ConvLLaVA.},\n"
                + "  url = {https://arxiv.org/abs/2405.15738},\n"
                + "  eprint = {2405.15738},\n"
                + "  archivePrefix = {arXiv},\n"
                + "  doi = {10.48550/arXiv.2405.15738},\n"
                + "  key = {convllava}\n"
                + "}\n");
  }

  @Test
  void bibtexTakesTheYearFromADateLineThatNamesOne() throws IOException {
    RecordView r = BibtexRecordWriterTest.record("k", "T", "", "Mar 13, 2025");
    assertThat(write(Format.BIBTEX, r))
        .isEqualTo("@misc{k,\n  title = {{T}},\n  year = {2025},\n  month = mar,\n  note = {Mar 13, 2025},\n  key = {k}\n}\n\n");
  }

  @Test
  void risHasOneAuthorTagAPersonTheArxivPageFirstAndTheDoi() throws IOException {
    RecordView r = paper();
    r.abstractText().append(" Code: https://arxiv.org/abs/2405.15738 and https://github.com/x.");
    BibtexRecordWriterTest.withLink(r, "https://arxiv.org/abs/2405.15738");
    BibtexRecordWriterTest.withLink(r, "https://github.com/x");
    assertThat(write(Format.RIS, r))
        .isEqualTo(
            "TY  - GEN\r\n"
                + "TI  - ConvLLaVA: Hierarchical Backbones\r\n"
                + "AU  - Chunjiang Ge\r\n"
                + "AU  - Ludwig van der Berg\r\n"
                + "AU  - Martin Luther King Jr.\r\n"
                + "AU  - Plato\r\n"
                + "AU  - Smith, John\r\n"
                + "AU  - Tom and Jerry\r\n"
                + "AB  - We propose ConvLLaVA. Code: https://arxiv.org/abs/2405.15738 and https://github.com/x.\r\n"
                + "UR  - https://arxiv.org/abs/2405.15738\r\n"
                + "UR  - https://github.com/x\r\n"
                + "PY  - 2024\r\n"
                + "DA  - 2024/05/24/\r\n"
                + "DO  - 10.48550/arXiv.2405.15738\r\n"
                + "ER  - \r\n");
  }

  @Test
  void cslSplitsNamesIntoFamilyGivenParticleAndSuffix() throws IOException {
    assertThat(write(Format.CSLJSON, paper()))
        .isEqualTo(
            "[\n{\"id\":\"convllava\",\"type\":\"article\",\"title\":\"ConvLLaVA: Hierarchical Backbones\",\"author\":["
                + "{\"family\":\"Ge\",\"given\":\"Chunjiang\"},"
                + "{\"family\":\"Berg\",\"given\":\"Ludwig\",\"non-dropping-particle\":\"van der\"},"
                + "{\"family\":\"King\",\"given\":\"Martin Luther\",\"suffix\":\"Jr.\"},"
                + "{\"literal\":\"Plato\"},"
                + "{\"literal\":\"Smith, John\"},"
                + "{\"family\":\"Jerry\",\"given\":\"Tom\",\"non-dropping-particle\":\"and\"}],"
                + "\"issued\":{\"date-parts\":[[2024,5,24]]},\"abstract\":\"We propose ConvLLaVA.\","
                + "\"URL\":\"https://arxiv.org/abs/2405.15738\",\"DOI\":\"10.48550/arXiv.2405.15738\","
                + "\"number\":\"arXiv:2405.15738\",\"publisher\":\"arXiv\"}\n]\n");
  }

  @Test
  void aPastedRecordReusedForTheNextForgetsThePaperData() {
    RecordView r = paper();
    r.clearPaperData();
    assertThat(r.authorCount()).isZero();
    assertThat(r.arxiv()).isNull();
    assertThat(r.published()).isNull();
    assertThat(r.toRecord().authors()).isEmpty();
  }
}
