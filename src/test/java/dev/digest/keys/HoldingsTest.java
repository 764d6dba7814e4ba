package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Text;
import org.junit.jupiter.api.Test;

class HoldingsTest {
  @Test
  void aKeyTheLibraryHoldsInAnyCaseIsNeverGivenAgain() {
    HeldInMemory held = new HeldInMemory();
    held.addKey("EdTalk");
    held.addKey("edtalka");
    CitationKeys keys = new CitationKeys(held);
    assertThat(keys.assign("EDTalk: Efficient Disentanglement")).isEqualTo("edtalkb");
    assertThat(keys.assign("EDTalk: again")).isEqualTo("edtalkc");
    assertThat(keys.assign("Other title")).isEqualTo(new CitationKeys().assign("Other title"));
  }

  @Test
  void withoutHoldingsKeysAreAsBefore() {
    CitationKeys keys = new CitationKeys();
    assertThat(keys.assign("EDTalk: Efficient")).isEqualTo("edtalk");
    assertThat(keys.assign("EDTalk: again")).isEqualTo("edtalka");
  }

  @Test
  void titlesAreHeldAsDedupeComparesThem() {
    HeldInMemory held = new HeldInMemory();
    held.addTitle(Text.of("Scale-Efficient training"));
    assertThat(held.holdsTitle(Text.of("Scale Efficient Training!"))).isTrue();
    assertThat(held.holdsTitle(Text.of("Scale Efficient Trainings"))).isFalse();
    assertThat(Holdings.NONE.holdsTitle(Text.of("Scale-Efficient training"))).isFalse();
  }

  @Test
  void theNormalizedTitleIsWhatTheFingerprintCompares() {
    assertThat(SeenTitles.normalized(Text.of("Scale-Efficient  «Training»!"))).isEqualTo("scaleefficienttraining");
    assertThat(SeenTitles.normalized(Text.of("ÉCOLE $5 + Ωmega"))).isEqualTo("école$5+ωmega");
    String[][] pairs = {{"A-b c", "ab C"}, {"Ünï", "ünÏ"}, {"x+y", "x y"}};
    for (String[] p : pairs) {
      boolean sameNorm = SeenTitles.normalized(Text.of(p[0])).equals(SeenTitles.normalized(Text.of(p[1])));
      boolean sameFingerprint = SeenTitles.fingerprint(Text.of(p[0])) == SeenTitles.fingerprint(Text.of(p[1]));
      assertThat(sameNorm).as(p[0] + " / " + p[1]).isEqualTo(sameFingerprint);
    }
  }
}
