package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in proper nouns: found exactly as written, and known to CI's consumer checks. */
class ProperNounsTest {

  private static boolean contains(String word) {
    byte[] b = ("(" + word + ")").getBytes(StandardCharsets.UTF_8);
    return ProperNouns.contains(b, 1, b.length - 1);
  }

  @Test
  void findsEveryWordOfTheList() {
    assertThat(ProperNouns.words()).isNotEmpty().allMatch(ProperNounsTest::contains);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bayesian", "BAYESIAN", "Bayesianism", "Bayesia", "Schrodinger", "", "Bag", "Transformer"})
  void findsNoOtherSpelling(String word) {
    assertThat(contains(word)).isFalse();
  }

  @Test
  void everyWordHasOneCapitalFirst() {
    assertThat(ProperNouns.words()).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.substring(1).chars().noneMatch(Character::isUpperCase));
  }

  /** The sentence-casing check of .ci/consumers lets exactly these words keep their capital. */
  @Test
  void theConsumerChecksKnowTheSameWords() throws IOException {
    List<String> listed =
        Files.readAllLines(Path.of(".ci/consumers/proper-nouns.txt"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    assertThat(listed).containsExactlyElementsOf(ProperNouns.words());
  }
}
