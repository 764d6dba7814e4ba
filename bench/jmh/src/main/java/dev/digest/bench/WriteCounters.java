package dev.digest.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a writer got through, which JMH divides by time (it labels the results ops/s): {@code
 * :inputMB} is MB/s of the digest text the records came from, comparable with the parser's figure
 * (1 / parse + 1 / write estimates a whole run); {@code :outputMB} is MB/s written, which differs
 * by format; {@code :records} is records per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WriteCounters {
  public double inputMB;
  public double outputMB;
  public long records;

  @Setup(Level.Iteration)
  public void reset() {
    inputMB = 0;
    outputMB = 0;
    records = 0;
  }

  void add(double inputMegabytes, long outputBytes, long recordCount) {
    inputMB += inputMegabytes;
    outputMB += outputBytes / 1e6;
    records += recordCount;
  }
}
