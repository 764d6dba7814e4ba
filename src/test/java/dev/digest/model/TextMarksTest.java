package dev.digest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A clear mark is a promise that the kind is absent, however the text was built. */
class TextMarksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain words, no kinds here!|0",
        "a: colon|8",
        "\"quoted\"|2",
        "back\\\\slash|4",
        "tab\there|1",
      })
  void marksNameTheKindsPresent(String text, int marks) {
    assertThat(Text.of(text).marks()).isEqualTo(marks);
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 17, 2024})
  void marksCoverWhatEveryWayOfBuildingPutsIn(long seed) {
    Random random = new Random(seed);
    String alphabet = "ab :\"\\\t\nxyzé深";
    for (int n = 0; n < 500; n++) {
      Text t = new Text(4);
      Text other = new Text(4);
      StringBuilder expected = new StringBuilder();
      for (int step = 0; step < 6; step++) {
        String piece = randomText(random, alphabet);
        switch (random.nextInt(4)) {
          case 0:
            t.append(piece);
            expected.append(piece);
            break;
          case 1:
            byte[] b = piece.getBytes(StandardCharsets.UTF_8);
            t.append(b, 0, b.length, piece.codePointCount(0, piece.length()));
            expected.append(piece);
            break;
          case 2:
            char c = alphabet.charAt(random.nextInt(9));
            t.appendAscii(c);
            expected.append(c);
            break;
          default:
            other.clear();
            other.append(piece);
            t.append(other);
            expected.append(piece);
            break;
        }
      }
      assertThat(t.toString()).isEqualTo(expected.toString());
      assertCovered(t);
      t.swap(other);
      assertCovered(t);
      assertCovered(other);
    }
  }

  private static void assertCovered(Text t) {
    byte[] b = t.toString().getBytes(StandardCharsets.UTF_8);
    int truth = Text.marksOf(b, 0, b.length);
    assertThat(t.marks() & truth).as("marks of %s", t).isEqualTo(truth);
  }

  private static String randomText(Random random, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int len = random.nextInt(12);
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
