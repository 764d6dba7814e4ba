package dev.digest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LengthHistogramTest {

  @Test
  void noLengthsGiveNulls() {
    LengthHistogram h = new LengthHistogram();
    assertThat(h.min()).isNull();
    assertThat(h.median()).isNull();
    assertThat(h.max()).isNull();
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleLengths() {
    LengthHistogram h = new LengthHistogram();
    for (int length : new int[] {10, 3, 4, 1000}) {
      h.add(length);
    }
    assertThat(h.min()).isEqualTo(3);
    assertThat(h.median()).isEqualTo(7.0);
    assertThat(h.max()).isEqualTo(1000);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void matchesSortingOnRandomLengthsAlsoWhenMerged(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(500);
    int[] lengths = new int[n];
    LengthHistogram first = new LengthHistogram();
    LengthHistogram second = new LengthHistogram();
    for (int i = 0; i < n; i++) {
      lengths[i] = random.nextInt(random.nextBoolean() ? 50 : 5000);
      (i % 3 == 0 ? first : second).add(lengths[i]);
    }
    first.addAll(second);
    Arrays.sort(lengths);
    double median = n % 2 == 1 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2.0;
    assertThat(first.count()).isEqualTo(n);
    assertThat(first.min()).isEqualTo(lengths[0]);
    assertThat(first.max()).isEqualTo(lengths[n - 1]);
    assertThat(first.median()).isEqualTo(median);
  }
}
