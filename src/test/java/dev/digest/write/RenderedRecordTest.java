package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record formatted on a worker ({@link RecordWriter#newRenderer()}) and put out by the run's
 * writer with the key's suffix and the line filled in gives the bytes the writer gives for the
 * finished record, for every field order, with and without the key or line among the fields, in
 * every stream format; seeded records with text that needs escaping, links and authors.
 */
class RenderedRecordTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    List<List<Field>> orders =
        List.of(Field.all(), List.of(Field.LINE, Field.TITLE, Field.KEY), List.of(Field.KEY, Field.LINE), List.of(Field.TITLE), List.of(Field.LINE), List.of(Field.KEY), List.of());
    for (Format format : Format.values()) {
      if (format.isDatabase()) {
        continue;
      }
      for (List<Field> fields : format.takesFields() ? orders : List.of(Field.all())) {
        for (long seed = 1; seed <= 4; seed++) {
          cases.add(Arguments.of(format, fields, seed));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} seed {2}")
  @MethodSource("cases")
  void aRenderedRecordWritesAsTheRecordItself(Format format, List<Field> fields, long seed) throws IOException {
    WriterOptions options = new WriterOptions(fields, false);
    Random random = new Random(seed);
    List<RecordView> finished = new ArrayList<>();
    List<RecordView> asParsed = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String base = "key" + Integer.toString(random.nextInt(1 << 20), 36);
      String suffix = List.of("", "", "a", "z", "ab", "zz", "aaa").get(random.nextInt(7));
      int line = 1 + random.nextInt(2_000_000);
      int pieceLine = 1 + random.nextInt(line);
      finished.add(record(base + suffix, line, seed * 100 + i));
      asParsed.add(record(base, pieceLine, seed * 100 + i));
    }

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    RecordWriter plain = format.writer(expected, options);
    plain.begin();
    for (RecordView r : finished) {
      plain.write(r);
    }
    plain.end();

    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    RecordWriter run = format.writer(actual, options);
    RecordRenderer renderer = run.newRenderer();
    assertThat(renderer).isNotNull();
    RenderedBytes bytes = new RenderedBytes(16);
    RenderedRecord rendered = new RenderedRecord();
    run.begin();
    for (int i = 0; i < finished.size(); i++) {
      RecordView parsed = asParsed.get(i);
      if (i % 7 == 3) {
        run.write(finished.get(i)); // a record the run formats itself, among rendered ones
        continue;
      }
      bytes.write('#'); // records start anywhere in the bytes
      int from = bytes.size();
      rendered.clearPlaces();
      renderer.render(parsed, bytes, rendered);
      rendered.set(bytes, from, bytes.size(), parsed.key().length());
      run.writeRendered(rendered, finished.get(i).key(), finished.get(i).line());
    }
    run.end();
    assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
  }

  @Test
  void indentedJsonIsFormattedByTheRun() {
    assertThat(Format.JSON.writer(new ByteArrayOutputStream(), new WriterOptions(Field.all(), true)).newRenderer()).isNull();
  }

  /** The same record text for the same {@code textSeed}, with the key and line given. */
  private static RecordView record(String key, int line, long textSeed) {
    Random random = new Random(textSeed);
    RecordView v = new RecordView();
    v.key().append(key);
    v.title().append(text(random, 5 + random.nextInt(80)));
    String abstractText = text(random, random.nextInt(600)) + " https://arxiv.org/abs/2404." + random.nextInt(99999) + " " + text(random, 20);
    v.abstractText().append(abstractText);
    int at = abstractText.indexOf("https://");
    int end = abstractText.indexOf(' ', at);
    v.addUrl(utf8Length(abstractText.substring(0, at)), utf8Length(abstractText.substring(0, end)));
    v.setLine(line);
    v.setSource(random.nextBoolean() ? "-" : "samples/a \"quoted\" name.txt");
    if (random.nextBoolean()) {
      v.setDate(Text.of("Apr " + (1 + random.nextInt(28))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      v.addAuthor(text(random, 3 + random.nextInt(12)));
    }
    if (random.nextBoolean()) {
      v.setArxiv("2404." + (10000 + random.nextInt(89999)));
      v.setPublished("2024-04-" + (10 + random.nextInt(18)));
    }
    return v;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static final String ALPHABET = "abcdefghij KLMNOP \"\\\t\u0001é中😀";

  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
    }
    return b.toString();
  }
}
