package dev.digest.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Digest text and records handled, which JMH divides by time: the {@code :inputMB} line reads in
 * MB/s (10^6 bytes, as bench/throughput.sh counts) although JMH labels it ops/s, and {@code
 * :records} in records per second. One pass over the corpus per call would otherwise only give
 * passes per second, whose worth depends on the corpus size.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class InputCounters {
  public double inputMB;
  public long records;

  @Setup(Level.Iteration)
  public void reset() {
    inputMB = 0;
    records = 0;
  }

  void add(double megabytes, long recordCount) {
    inputMB += megabytes;
    records += recordCount;
  }
}
