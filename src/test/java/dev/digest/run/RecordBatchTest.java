package dev.digest.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.write.Format;
import dev.digest.write.RecordRenderer;
import dev.digest.write.WriterOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * A batch keeps a record formatted where it was parsed only when the format wrote its key as it
 * is, so that the run's suffix can follow it; a key the format had to quote goes to the run whole,
 * and so does a key stored in a library.
 */
class RecordBatchTest {
  private final RecordRenderer csv = Format.CSV.writer(OutputStream.nullOutputStream(), WriterOptions.DEFAULTS).newRenderer();

  @Test
  void aKeyWrittenAsItIsIsRenderedAndOnlyTheHeadCopied() throws IOException {
    RecordBatch batch = new RecordBatch(new LinkedBlockingQueue<>());
    batch.add(record("plainKey"), false, csv);
    assertThat(batch.rendered(0)).isNotNull();
    RecordView head = batch.record(0, d -> {});
    assertThat(head.key().toString()).isEqualTo("plainKey");
    assertThat(head.title().toString()).isEqualTo("A title");
    assertThat(head.line()).isEqualTo(7);
    assertThat(head.abstractText().isEmpty()).isTrue();
  }

  @Test
  void aKeyTheFormatQuotesIsLeftToTheRunWhole() throws IOException {
    RecordBatch batch = new RecordBatch(new LinkedBlockingQueue<>());
    batch.add(record("comma,key"), false, csv);
    assertThat(batch.rendered(0)).isNull();
    assertThat(batch.record(0, d -> {}).abstractText().toString()).isEqualTo("The abstract.");
    batch.add(record("plainKey"), false, csv);
    assertThat(batch.rendered(1)).as("the next record renders again").isNotNull();
  }

  @Test
  void aKeyOfOtherThanLettersAndDigitsIsLeftToTheRunWholeEvenWhenItsBytesEndTheCell() throws IOException {
    RecordBatch batch = new RecordBatch(new LinkedBlockingQueue<>());
    // csv writes the key " as """" (quoted, the quote doubled): its last byte is a quote all the
    // same, but a suffix after it would not be inside the cell.
    batch.add(record("\""), false, csv);
    assertThat(batch.rendered(0)).isNull();
  }

  @Test
  void aStoredKeyIsLeftToTheRunWhole() throws IOException {
    RecordBatch batch = new RecordBatch(new LinkedBlockingQueue<>());
    batch.add(record("storedKey"), true, csv);
    assertThat(batch.rendered(0)).isNull();
    assertThat(batch.record(0, d -> {}).abstractText().toString()).isEqualTo("The abstract.");
  }

  private static RecordView record(String key) {
    RecordView v = new RecordView();
    v.key().append(key);
    v.title().append("A title");
    v.abstractText().append("The abstract.");
    v.setLine(7);
    v.setSource("in.txt");
    return v;
  }
}
