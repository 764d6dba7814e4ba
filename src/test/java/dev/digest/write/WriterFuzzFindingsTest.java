package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing the writers found ({@link WriterFuzzTest}), one test a finding, asserted to the
 * exact bytes. The input that found each one is kept beside the target's other inputs, named
 * {@code finding-*}.
 */
class WriterFuzzFindingsTest {

  /** Found by the csv target on its empty input: a blank line is no row to Python's csv reader. */
  @Test
  void csvRowOfOneEmptyCellIsQuotedNotBlank() throws IOException {
    RecordView noDate = BibtexRecordWriterTest.record("k", "T", "A", null);
    RecordView emptyTitle = BibtexRecordWriterTest.record("k", "", "A", null);

    assertThat(csv(List.of(Field.DATE), noDate)).isEqualTo("date\r\n\"\"\r\n");
    assertThat(csv(List.of(Field.TITLE), emptyTitle)).isEqualTo("title\r\n\"\"\r\n");
    assertThat(csv(List.of(Field.TITLE, Field.DATE), emptyTitle)).isEqualTo("title,date\r\n,\r\n");
  }

  /** Found by the csv target (finding-cell-ends-with-form-feed): readers that trim cells trim more than space and tab. */
  @Test
  void csvCellStartingOrEndingWithAnyWhiteSpaceIsQuoted() throws IOException {
    List<Field> abstractOnly = List.of(Field.ABSTRACT);

    assertThat(csv(abstractOnly, BibtexRecordWriterTest.record("k", "T", "lone and \u0000\u0001\u000C", null)))
        .isEqualTo("abstract\r\n\"lone and \u0000\u0001\u000C\"\r\n");
    assertThat(csv(abstractOnly, BibtexRecordWriterTest.record("k", "T", "\u0001text", null)))
        .isEqualTo("abstract\r\n\"\u0001text\"\r\n");
    assertThat(csv(abstractOnly, BibtexRecordWriterTest.record("k", "T", "em space\u2003", null)))
        .isEqualTo("abstract\r\n\"em space\u2003\"\r\n");
    assertThat(csv(abstractOnly, BibtexRecordWriterTest.record("k", "T", "no\u00A0break\u00A0", null)))
        .as("a no-break space is not trimmed, so not quoted")
        .isEqualTo("abstract\r\nno\u00A0break\u00A0\r\n");
  }

  /** Found by the csv target (finding-negative-line): a negative number came out as {@code '} and other non-digits. */
  @Test
  void csvAndTsvWriteANegativeLineInDecimal() throws IOException {
    RecordView r = BibtexRecordWriterTest.record("k", "T", "A", null);
    List<Field> lineOnly = List.of(Field.LINE);

    r.setLine(-202116109);
    assertThat(csv(lineOnly, r)).isEqualTo("line\r\n-202116109\r\n");
    r.setLine(Integer.MIN_VALUE);
    assertThat(write(Format.TSV, lineOnly, r)).isEqualTo("line\n-2147483648\n");
    r.setLine(0);
    assertThat(csv(lineOnly, r)).isEqualTo("line\r\n0\r\n");
  }

  private static String csv(List<Field> fields, RecordView r) throws IOException {
    return write(Format.CSV, fields, r);
  }

  private static String write(Format format, List<Field> fields, RecordView r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter writer = format.writer(out, new WriterOptions(fields, false));
    writer.begin();
    writer.write(r);
    writer.end();
    return out.toString(StandardCharsets.UTF_8);
  }
}
