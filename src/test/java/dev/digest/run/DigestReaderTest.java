package dev.digest.run;

import static dev.digest.parse.Digests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digest.model.Record;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.write.Format;
import dev.digest.write.WriterOptions;
import dev.digest.parse.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The records of a run over several inputs: keys across the run, dedupe, errors. */
class DigestReaderTest {
  private static final byte[] FIRST =
      utf8(
          """
          new

          Apr 23

          Scale Efficient Training

          First abstract. It has text.

          EDTalk: Talking Heads

          Second abstract. It has text.
          """);
  private static final byte[] SECOND =
      utf8(
          """
          new

          Mar 13

          Scale-Efficient  training

          Third abstract. It has text.

          Scale Efficient Training at Scale

          Fourth abstract. It has text.

          EDTALK: Louder Heads

          Fifth abstract. It has text.
          """);

  private static List<Record> records(DigestReader reader) {
    List<Record> list = new ArrayList<>();
    reader.iterator().forEachRemaining(list::add);
    return list;
  }

  @Test
  void aReaderWhoseRecordsAreRenderedGivesNoWholeRecords() throws IOException {
    try (DigestReader reader = new DigestReader(List.of(InputSource.bytes("a.txt", FIRST)), ParseOptions.defaults(), false, DiagnosticListener.IGNORE)) {
      reader.setRenderers(() -> Format.JSONL.writer(java.io.OutputStream.nullOutputStream(), WriterOptions.DEFAULTS).newRenderer());
      org.assertj.core.api.Assertions.assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void keysAreUniqueAcrossInputs() throws IOException {
    try (DigestReader reader =
        new DigestReader(
            List.of(InputSource.bytes("a.txt", FIRST), InputSource.bytes("b.txt", SECOND)),
            ParseOptions.defaults(),
            false,
            DiagnosticListener.IGNORE)) {
      assertThat(records(reader))
          .extracting(Record::key, Record::title, Record::date, Record::source, Record::line)
          .containsExactly(
              tuple("scaleEfficientTraining", "Scale Efficient Training", "Apr 23", "a.txt", 5),
              tuple("edtalk", "EDTalk: Talking Heads", "Apr 23", "a.txt", 9),
              tuple("scaleEfficientTraininga", "Scale-Efficient  training", "Mar 13", "b.txt", 5),
              tuple("scaleEfficientTrainingb", "Scale Efficient Training at Scale", "Mar 13", "b.txt", 9),
              tuple("edtalka", "EDTALK: Louder Heads", "Mar 13", "b.txt", 13));
    }
  }

  @Test
  void dedupeKeepsTheFirstOfEachTitleAndDropsTakeNoKey() throws IOException {
    try (DigestReader reader =
        new DigestReader(
            List.of(InputSource.bytes("a.txt", FIRST), InputSource.bytes("b.txt", SECOND)),
            ParseOptions.defaults(),
            true,
            DiagnosticListener.IGNORE)) {
      assertThat(records(reader))
          .extracting(Record::key, Record::title, Record::abstractText, Record::source)
          .containsExactly(
              tuple("scaleEfficientTraining", "Scale Efficient Training", "First abstract. It has text.", "a.txt"),
              tuple("edtalk", "EDTalk: Talking Heads", "Second abstract. It has text.", "a.txt"),
              tuple("scaleEfficientTraininga", "Scale Efficient Training at Scale", "Fourth abstract. It has text.", "b.txt"),
              tuple("edtalka", "EDTALK: Louder Heads", "Fifth abstract. It has text.", "b.txt"));
    }
  }

  @Test
  void sameInputGivesTheSameKeysOnEveryRun() throws IOException {
    List<String> keys = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (DigestReader reader =
          new DigestReader(
              List.of(InputSource.bytes("a.txt", FIRST), InputSource.bytes("b.txt", SECOND)),
              ParseOptions.defaults(),
              false,
              DiagnosticListener.IGNORE)) {
        keys.add(records(reader).stream().map(Record::key).toList().toString());
      }
    }
    assertThat(keys.get(1)).isEqualTo(keys.get(0));
  }

  @Test
  void streamGivesTheSameRecords() {
    try (Stream<Record> stream =
        new DigestReader(List.of(InputSource.bytes("a.txt", FIRST)), ParseOptions.defaults(), false, d -> {})
            .stream()) {
      assertThat(stream.map(Record::title)).containsExactly("Scale Efficient Training", "EDTalk: Talking Heads");
    }
  }

  @Test
  void iteratorEndsWithNoSuchElement() throws IOException {
    try (DigestReader reader =
        new DigestReader(List.of(InputSource.bytes("a.txt", FIRST)), ParseOptions.defaults(), false, d -> {})) {
      Iterator<Record> it = reader.iterator();
      assertThat(it.next().title()).isEqualTo("Scale Efficient Training");
      assertThat(it.hasNext()).isTrue();
      assertThat(it.hasNext()).isTrue();
      assertThat(it.next().title()).isEqualTo("EDTalk: Talking Heads");
      assertThat(it.hasNext()).isFalse();
      assertThrows(NoSuchElementException.class, it::next);
    }
  }

  @Test
  void inputErrorArrivesThroughTheIteratorAsUncheckedIoException() throws IOException {
    byte[] bad = utf8("new\n\nA Title\n\nAn abstract\0. It has text.\n");
    try (DigestReader reader =
        new DigestReader(
            List.of(InputSource.bytes("a.txt", FIRST), InputSource.bytes("bad.txt", bad)),
            ParseOptions.defaults(),
            false,
            d -> {})) {
      Iterator<Record> it = reader.iterator();
      assertThat(it.next().source()).isEqualTo("a.txt");
      assertThat(it.next().source()).isEqualTo("a.txt");
      UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
      assertThat(e.getCause()).isInstanceOf(DigestInputException.class);
      DigestInputException cause = (DigestInputException) e.getCause();
      assertThat(cause.source()).isEqualTo("bad.txt");
      assertThat(cause.line()).isEqualTo(5);
    }
  }

  @Test
  void missingFileIsAnErrorNamingIt() throws IOException {
    try (DigestReader reader =
        new DigestReader(
            List.of(InputSource.file(Path.of("no/such/file.txt"), "no/such/file.txt")),
            ParseOptions.defaults(),
            false,
            d -> {})) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.iterator().hasNext());
      assertThat(e.getCause()).isInstanceOf(DigestInputException.class);
      assertThat(((DigestInputException) e.getCause()).source()).isEqualTo("no/such/file.txt");
    }
  }

  @Test
  void sourceNameOfTheOptionsIsReplacedByEachInputsName() throws IOException {
    ParseOptions named = ParseOptions.builder().sourceName("ignored.txt").build();
    List<Diagnostic> diagnostics = new ArrayList<>();
    byte[] titleOnly = utf8("new\n\nA Lonely Title\n");
    try (DigestReader reader =
        new DigestReader(List.of(InputSource.bytes("real.txt", titleOnly)), named, false, diagnostics::add)) {
      assertThat(records(reader)).extracting(Record::source).containsExactly("real.txt");
    }
    assertThat(diagnostics).extracting(Diagnostic::source).containsExactly("real.txt");
  }

  @Test
  void standardInputIsNamedDash() throws IOException {
    try (DigestReader reader =
        new DigestReader(
            List.of(InputSource.stream("-", new ByteArrayInputStream(FIRST))),
            ParseOptions.defaults(),
            false,
            d -> {})) {
      assertThat(records(reader)).extracting(Record::source).containsOnly("-");
    }
  }
}
