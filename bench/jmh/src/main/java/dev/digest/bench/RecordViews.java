package dev.digest.bench;

import dev.digest.model.RecordView;
import dev.digest.run.DigestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Records parsed once and kept, so a writer can be measured without the parser. */
final class RecordViews {
  private RecordViews() {}

  /** Every record of the corpus (no dedupe), with the citation keys a run would give them. */
  static RecordView[] parse(Corpus corpus) {
    List<RecordView> views = new ArrayList<>(corpus.recordCount());
    try (DigestReader reader = corpus.reader(false)) {
      while (reader.advance()) {
        views.add(copyOf(reader.current()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return views.toArray(new RecordView[0]);
  }

  /** A copy that outlives the reader's next advance (the reader reuses its view). */
  static RecordView copyOf(RecordView source) {
    RecordView copy = new RecordView();
    copy.key().append(source.key());
    copy.title().append(source.title());
    copy.abstractText().append(source.abstractText());
    copy.setDate(source.date());
    for (int i = 0; i < source.urlCount(); i++) {
      copy.addUrl(source.urlStart(i), source.urlEnd(i));
    }
    copy.setSource(source.source());
    copy.setLine(source.line());
    return copy;
  }
}
