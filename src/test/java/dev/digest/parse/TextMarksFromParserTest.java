package dev.digest.parse;

import dev.digest.run.DigestReader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The marks the line scan puts on titles and abstracts never promise a kind away that is there:
 * writers skip their own scan on that promise.
 */
class TextMarksFromParserTest {

  static Stream<Path> inputs() throws IOException {
    return Stream.concat(Files.list(Paths.get("samples")), Files.list(Paths.get("src/test/resources/hazards")))
        .filter(p -> p.toString().endsWith(".txt"));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void marksCoverTheTextOfEveryRecordOfTheInputs(Path input) throws IOException {
    assertMarksCover(Files.readAllBytes(input));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 5, 99, 1234})
  void marksCoverTheTextOfRandomDigests(long seed) throws IOException {
    Random random = new Random(seed);
    String[] pieces = {"word", " ", "\"", "\\", ":", "/", "//", ":/", "\t", "https://a.org/x", "é", "深", ".", " Next", "\r\n", "\n", "\n\n"};
    for (int n = 0; n < 50; n++) {
      StringBuilder digest = new StringBuilder("Apr 23\n\n");
      for (int i = 0; i < 200; i++) {
        digest.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = digest.toString().getBytes(StandardCharsets.UTF_8);
      assertMarksCover(InputSource.bytes("t.txt", bytes));
      // Every byte boundary once at the end of the bytes read so far, where a colon's slashes are unseen.
      assertMarksCover(InputSource.stream("t.txt", new Trickle(bytes, 1 + random.nextInt(3))));
    }
  }

  private static void assertMarksCover(byte[] digest) throws IOException {
    assertMarksCover(InputSource.bytes("t.txt", digest));
  }

  private static void assertMarksCover(InputSource input) throws IOException {
    try (DigestReader reader = new DigestReader(List.of(input), ParseOptions.builder().build(), false, d -> {})) {
      while (reader.advance()) {
        RecordView r = reader.current();
        assertCovers(r.title());
        assertCovers(r.abstractText());
      }
    }
  }

  private static void assertCovers(Text t) {
    int truth = Text.marksOf(t.bytes(), 0, t.length());
    assertThat(t.marks() & truth).as("marks of [%s]", t).isEqualTo(truth);
  }
}
