package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry layout, field by field, asserted to the exact bytes. */
class BibtexRecordWriterTest {

  static RecordView record(String key, String title, String abstractText, String date) {
    RecordView r = new RecordView();
    r.key().append(key);
    r.title().append(title);
    r.abstractText().append(abstractText);
    r.setDate(date == null ? null : Text.of(date));
    r.setSource("test.txt");
    r.setLine(1);
    return r;
  }

  /** Marks the first occurrence of {@code link} in the abstract as a link. */
  static RecordView withLink(RecordView r, String link) {
    String a = r.abstractText().toString();
    int start = utf8Length(a.substring(0, a.indexOf(link)));
    r.addUrl(start, start + utf8Length(link));
    return r;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static String write(RecordView... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter writer = Format.BIBTEX.writer(out, WriterOptions.DEFAULTS);
    writer.begin();
    for (RecordView r : records) {
      writer.write(r);
    }
    writer.end();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneMiscEntryWithEveryField() throws IOException {
    RecordView r =
        withLink(
            record("edtalk", "EDTalk: Efficient Synthesis", "Code at https://first.link/a_b%20c#x and https://second.link/.", "Apr 23"),
            "https://first.link/a_b%20c#x");
    withLink(r, "https://second.link/");

    assertThat(write(r))
        .isEqualTo(
            "@misc{edtalk,\n"
                + "  title = {{EDTalk}: Efficient Synthesis},\n"
                + "  abstract = {Code at https://first.link/a\\_b\\%20c\\#x and https://second.link/.},\n"
                + "  url = {https://first.link/a_b%20c#x},\n"
                + "  note = {Apr 23},\n"
                + "  key = {edtalk}\n"
                + "}\n"
                + "\n");
  }

  @Test
  void leavesOutUrlWithoutLinksNoteWithoutDateAndAnEmptyAbstract() throws IOException {
    assertThat(write(record("scaleEfficientTraining", "Scale Efficient Training", "", null)))
        .isEqualTo(
            "@misc{scaleEfficientTraining,\n"
                + "  title = {Scale Efficient Training},\n"
                + "  key = {scaleEfficientTraining}\n"
                + "}\n"
                + "\n");
  }

  @Test
  void abstractsGetNoCaseProtection() throws IOException {
    assertThat(write(record("k", "T", "LiDAR in 3D with GaLore.", null))).contains("  abstract = {LiDAR in 3D with GaLore.},\n");
  }

  @Test
  void escapesTheDateLikeText() throws IOException {
    assertThat(write(record("k", "T", "", "Mar 13, 2025 ~ 50%"))).contains("  note = {Mar 13, 2025 {\\textasciitilde} 50\\%},\n");
  }

  @Test
  void writesEntriesOneAfterAnotherWithABlankLineAfterEach() throws IOException {
    String two = write(record("a", "A", "x", null), record("b", "B", "y", null));
    assertThat(two).startsWith("@misc{a,\n").contains("}\n\n@misc{b,\n").endsWith("  key = {b}\n}\n\n");
  }

  @Test
  void writesNothingForNoRecords() throws IOException {
    assertThat(write()).isEmpty();
  }

  @Test
  void percentEncodesABraceOrBackslashShouldALinkEverHoldOne() throws IOException {
    RecordView r = withLink(record("k", "T", "see http://x.org/{a}\\b now", null), "http://x.org/{a}\\b");
    assertThat(write(r)).contains("  url = {http://x.org/%7Ba%7D%5Cb},\n");
  }

  @Test
  void percentEncodesCaretsSoTexCannotReadThemAsCharacterCodes() throws IOException {
    String link = "https://example.org/^^5cinput^^7b/etc/hostname^^7d";
    RecordView r = withLink(record("k", "T", "see " + link + " now", null), link);
    assertThat(write(r)).contains("  url = {https://example.org/%5E%5E5cinput%5E%5E7b/etc/hostname%5E%5E7d},\n");
  }

  @Test
  void percentEncodesDollarSignsWhichZoterosReaderTakesForMath() throws IOException {
    String link = "https://example.org/odata?$filter=a&$top=1&x=$";
    RecordView r = withLink(record("k", "T", "see " + link + " now", null), link);
    assertThat(write(r)).contains("  url = {https://example.org/odata?%24filter=a&%24top=1&x=%24},\n");
  }

  /**
   * A link is read verbatim (biber, Zotero, pandoc; the url package typesets it in a typewriter
   * font, which prints {@code |} as itself): escaped as text it would no longer be the link.
   */
  @Test
  void writesAVerticalBarOfALinkAsItIsWhileTheAbstractSpellsIt() throws IOException {
    String link = "https://example.org/a|b";
    RecordView r = withLink(record("k", "T", "see " + link + " now", null), link);
    assertThat(write(r))
        .contains("  abstract = {see https://example.org/a{\\textbar}b now},\n")
        .contains("  url = {https://example.org/a|b},\n");
  }

  @Test
  void flushesButNeverClosesTheStream() throws IOException {
    class ClosingRecorder extends ByteArrayOutputStream {
      boolean closed;
      boolean flushed;

      @Override
      public void close() {
        closed = true;
      }

      @Override
      public void flush() {
        flushed = true;
      }
    }
    ClosingRecorder out = new ClosingRecorder();
    RecordWriter writer = Format.BIBTEX.writer(out, WriterOptions.DEFAULTS);
    writer.begin();
    writer.write(record("k", "T", "x", null));
    writer.end();
    assertThat(out.flushed).isTrue();
    assertThat(out.closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("@misc{k,");
  }

  @Test
  void isRegisteredAsBibtexWithTheBibExtensionAndNoFieldsOrPrettyOptions() {
    assertThat(Format.byName("bibtex")).isSameAs(Format.BIBTEX);
    assertThat(Format.BIBTEX.extension()).isEqualTo("bib");
    assertThat(Format.BIBTEX.takesFields()).isFalse();
    assertThat(Format.BIBTEX.takesPretty()).isFalse();
  }
}
