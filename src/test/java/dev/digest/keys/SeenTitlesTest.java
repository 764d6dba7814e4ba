package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC 3, {@code --dedupe}: titles compared case-, space- and punctuation-insensitively
 * (punctuation is Unicode category P; symbols such as {@code $} or {@code +} count).
 */
class SeenTitlesTest {
  private final SeenTitles seen = new SeenTitles();

  @Test
  void secondAddOfATitleIsFalse() {
    assertThat(seen.add("Scale Efficient Training")).isTrue();
    assertThat(seen.add("Scale Efficient Training")).isFalse();
    assertThat(seen.add("Scale Efficient Training")).isFalse();
    assertThat(seen.add("Another Title")).isTrue();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          Scale-Efficient  training         | Scale Efficient Training!
          GALORE: Memory                    | galore memory
          Who's Harry Potter?               | Whos Harry Potter
          Who’s Harry Potter                | Who's Harry Potter
          «Quoted» Title                    | "Quoted" Title
          A—B Dashes                        | A-B Dashes
          a_b (c) [d] {e}                   | abcde
          ab c                              | a bc
          Scale\u00A0Efficient              | Scale Efficient
          Tab\tSeparated                    | Tab Separated
          Écrire                            | éCRIRE
          Ça marche?                        | ça marche
          ¿Qué? ¡Sí!                        | qué sí
          100% Done                         | 100 Done
          """)
  void sameTitle(String first, String second) {
    assertThat(seen.add(first)).isTrue();
    assertThat(seen.add(second)).isFalse();
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          C++ Models          | C Models
          $α$ Models          | α Models
          GPT-3               | GPT-4
          Écrire              | Ecrire
          Cost < 5            | Cost 5
          A + B               | A B
          ¿Qué?               | que
          Scale Efficient     | Scale Efficient Training
          """)
  void differentTitles(String first, String second) {
    assertThat(seen.add(first)).isTrue();
    assertThat(seen.add(second)).isTrue();
  }
}
