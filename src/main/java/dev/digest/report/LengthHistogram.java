package dev.digest.report;

import java.util.Arrays;

/**
 * Lengths counted by value, so that the exact median of any number of records takes memory in
 * proportion to the longest length (at most the record limit), not to the number of records.
 */
public final class LengthHistogram {
  private long[] counts = new long[256];
  private long n;
  private int max = -1;

  public void add(int length) {
    if (length >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(length + 1, counts.length * 2));
    }
    counts[length]++;
    n++;
    max = Math.max(max, length);
  }

  public void addAll(LengthHistogram other) {
    for (int length = 0; length <= other.max; length++) {
      long c = other.counts[length];
      if (c > 0) {
        if (length >= counts.length) {
          counts = Arrays.copyOf(counts, Math.max(length + 1, counts.length * 2));
        }
        counts[length] += c;
      }
    }
    n += other.n;
    max = Math.max(max, other.max);
  }

  public long count() {
    return n;
  }

  /** The shortest length, or null with no lengths. */
  public Integer min() {
    return n == 0 ? null : nth(0);
  }

  /** The longest length, or null with no lengths. */
  public Integer max() {
    return n == 0 ? null : max;
  }

  /** The median: the middle length, or the mean of the two middle ones for an even count; null with none. */
  public Double median() {
    if (n == 0) {
      return null;
    }
    if (n % 2 == 1) {
      return (double) nth(n / 2);
    }
    return (nth(n / 2 - 1) + (double) nth(n / 2)) / 2;
  }

  /** The {@code k}-th smallest length, from 0. */
  private int nth(long k) {
    long seen = 0;
    for (int length = 0; length <= max; length++) {
      seen += counts[length];
      if (seen > k) {
        return length;
      }
    }
    throw new IllegalStateException("no length " + k + " among " + n);
  }
}
