package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPEC 4, keys: unique within a run, compared case-insensitively; a repeated key gets {@code a},
 * {@code b}, ... {@code z}, {@code aa}, ... appended in order of appearance, skipping any taken.
 */
class CitationKeysTest {
  private final CitationKeys keys = new CitationKeys();

  private List<String> assign(String... titles) {
    List<String> list = new ArrayList<>();
    for (String t : titles) {
      list.add(keys.assign(t));
    }
    return list;
  }

  @Test
  void firstKeyIsTheBaseKey() {
    assertThat(assign("EDTalk: Efficient Disentanglement", "Scale Efficient Training for Large Datasets"))
        .containsExactly("edtalk", "scaleEfficientTraining");
  }

  @Test
  void repeatedKeyGetsLettersInOrder() {
    assertThat(assign("EDTalk: One", "EDTalk: Two", "EDTalk: Three", "GaLore: One", "EDTalk: Four", "GaLore: Two"))
        .containsExactly("edtalk", "edtalka", "edtalkb", "galore", "edtalkc", "galorea");
  }

  @Test
  void afterZComeTwoLetters() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(keys.assign("Repeated Title Words"));
    }

    assertThat(all.subList(0, 4))
        .containsExactly("repeatedTitleWords", "repeatedTitleWordsa", "repeatedTitleWordsb", "repeatedTitleWordsc");
    assertThat(all.subList(25, 30))
        .containsExactly(
            "repeatedTitleWordsy",
            "repeatedTitleWordsz",
            "repeatedTitleWordsaa",
            "repeatedTitleWordsab",
            "repeatedTitleWordsac");
  }

  @Test
  void afterZzComeThreeLetters() {
    // a..z are 26 suffixes, aa..zz 676 more: the 703rd suffix is aaa.
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 705; i++) {
      all.add(keys.assign("T5: Again"));
    }

    assertThat(all.get(52)).isEqualTo("t5az");
    assertThat(all.get(53)).isEqualTo("t5ba");
    assertThat(all.get(702)).isEqualTo("t5zz");
    assertThat(all.get(703)).isEqualTo("t5aaa");
    assertThat(all.get(704)).isEqualTo("t5aab");
    assertThat(new HashSet<>(all)).hasSize(705);
  }

  @Test
  void keysCollideCaseInsensitively() {
    assertThat(assign("EDTalk: One", "EDTALK: Two", "edtalk: Three"))
        .containsExactly("edtalk", "edtalka", "edtalkb");
    assertThat(assign("Deep Learning Models", "Deep LEARNING Models", "deep learning models"))
        .containsExactly("deepLearningModels", "deepLEARNINGModelsa", "deepLearningModelsb");
  }

  @Test
  void suffixAlreadyTakenIsSkipped() {
    assertThat(assign("Foo Bar Baza", "Foo Bar Baz", "Foo Bar Baz", "Foo Bar Baz"))
        .containsExactly("fooBarBaza", "fooBarBaz", "fooBarBazb", "fooBarBazc");
  }

  @Test
  void suffixTakenInAnotherCaseIsSkipped() {
    assertThat(assign("Foo Bar BazA", "Foo Bar Baz", "Foo Bar Baz"))
        .containsExactly("fooBarBazA", "fooBarBaz", "fooBarBazb");
  }

  @Test
  void suffixedKeyTakenLaterIsSkippedToo() {
    assertThat(assign("Foo Bar Baz", "Foo Bar Baz", "Foo Bar Baza", "Foo Bar Baz"))
        .containsExactly("fooBarBaz", "fooBarBaza", "fooBarBazaa", "fooBarBazb");
  }

  @Test
  void baseKeyTakenAsASuffixedKeyGetsItsOwnSuffix() {
    assertThat(assign("EDTalk: One", "EDTalk: Two", "EDTalka: Three"))
        .containsExactly("edtalk", "edtalka", "edtalkaa");
  }

  @Test
  void untitledRepeats() {
    assertThat(assign("日本語", "Ωμέγα", "!!!")).containsExactly("untitled", "untitleda", "untitledb");
  }

  @Test
  void keysAreUniqueIgnoringCaseOverManyCollidingTitles() {
    String[] stems = {"Foo Bar Baz", "Foo Bar BazA", "Foo Bar Baza", "FOO BAR BAZ", "Foo Bar Bazaa", "foo: x", "Foo: y", "FOOa: z"};
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String key = keys.assign(stems[(i * 7 + i / 3) % stems.length]);
      assertThat(seen.add(key.toLowerCase(Locale.ROOT))).as("key %s at %d", key, i).isTrue();
      assertThat(key).matches("[A-Za-z0-9]+");
    }
  }

  @Test
  void sameTitlesGiveTheSameKeysInEveryRun() {
    String[] titles = {"EDTalk: One", "EDTalk: Two", "Foo Bar Baz", "Foo Bar Baza", "Foo Bar Baz"};
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    CitationKeys other = new CitationKeys();
    for (String t : titles) {
      first.add(keys.assign(t));
      second.add(other.assign(t));
    }

    assertThat(second).isEqualTo(first).containsExactly("edtalk", "edtalka", "fooBarBaz", "fooBarBaza", "fooBarBazb");
  }
}
