package dev.digest.testing;

import java.util.stream.IntStream;

/**
 * How many times a test that races a real process repeats. Once in the suite; before a change to
 * such a test, or to what it races, is trusted, many times:
 * {@code mvn -o test -Dtest=SignalRaceTest -Ddigest.tries=50}.
 */
public final class Tries {
  private Tries() {}

  /** 1, 2, ... up to {@code -Ddigest.tries} (1 when unset), one a repetition. */
  public static IntStream tries() {
    return IntStream.rangeClosed(1, Integer.getInteger("digest.tries", 1));
  }
}
