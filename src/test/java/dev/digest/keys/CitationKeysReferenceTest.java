package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CitationKeys} remembers repeated bases by a counter instead of every suffixed key; it must
 * give exactly the keys of the plain rule (SPEC 4), which remembers every key given out. The titles
 * are short names over a tiny alphabet, so bases are often prefixes of one another and of each
 * other's suffixed keys ({@code ab} + {@code a} against the base {@code aba}), in both cases.
 */
class CitationKeysReferenceTest {

  /** The rule as the spec states it, with every key kept as a lower-case string. */
  private static final class PlainRule {
    private final KeyBuilder builder = new KeyBuilder();
    private final Set<String> taken = new HashSet<>();

    String assign(String title) {
      String base = builder.build(title);
      if (taken.add(base.toLowerCase(Locale.ROOT))) {
        return base;
      }
      for (int index = 0; ; index++) {
        dev.digest.model.Text key = dev.digest.model.Text.of(base);
        CitationKeys.appendSuffix(key, index);
        if (taken.add(key.toString().toLowerCase(Locale.ROOT))) {
          return key.toString();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024, 31337})
  void givesTheKeysOfThePlainRuleWhereBasesAndSuffixesOverlap(long seed) {
    Random random = new Random(seed);
    String[] letters = {"a", "b", "A", "B", "z", "1"};
    CitationKeys keys = new CitationKeys();
    PlainRule plain = new PlainRule();
    List<String> got = new ArrayList<>();
    List<String> want = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder name = new StringBuilder();
      int length = 1 + random.nextInt(4);
      for (int k = 0; k < length; k++) {
        name.append(letters[random.nextInt(letters.length)]);
      }
      // White space before the colon gives the same short name (SPEC 4), so the bases repeat.
      String title = name + (random.nextBoolean() ? ": Title " : " : Title ") + i;
      got.add(keys.assign(title));
      want.add(plain.assign(title));
    }
    assertThat(got).containsExactlyElementsOf(want);
    assertThat(new HashSet<>(got.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList())).hasSize(got.size());
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6})
  void givesTheKeysOfThePlainRuleForThreeWordKeys(long seed) {
    Random random = new Random(seed);
    String[] words = {"Deep", "Net", "Neta", "Nets", "A", "Learning", "Zoo", "Zooa", "Of"};
    CitationKeys keys = new CitationKeys();
    PlainRule plain = new PlainRule();
    for (int i = 0; i < 2000; i++) {
      String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
          + words[random.nextInt(words.length)];
      assertThat(keys.assign(title)).as("title %d: %s", i, title).isEqualTo(plain.assign(title));
    }
  }
}
