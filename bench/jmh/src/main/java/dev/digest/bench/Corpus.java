package dev.digest.bench;

import dev.digest.parse.DiagnosticListener;
import dev.digest.run.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark corpus in memory: the samples repeated, every title distinct, to about {@value
 * #DEFAULT_MIB} MiB (system property {@code digest.corpus.mib} changes it). Large enough that a
 * pass outlasts timer and call overheads by far and the parser's tables see tens of thousands of
 * titles; small enough to build in a second and leave the heap to the code measured. Reading from
 * memory keeps the disk and the page cache out of the figures (bench/throughput.sh measures those).
 */
final class Corpus {
  static final int DEFAULT_MIB = 24;
  static final String SIZE_PROPERTY = "digest.corpus.mib";

  private final byte[] bytes;
  private final int recordCount;

  private Corpus(byte[] bytes, int recordCount) {
    this.bytes = bytes;
    this.recordCount = recordCount;
  }

  /** Whole rounds of the samples, stopping at the first round that reaches the size. */
  static Corpus build() {
    long target = (long) Integer.getInteger(SIZE_PROPERTY, DEFAULT_MIB) << 20;
    List<MarkedSample> samples = new ArrayList<>();
    for (byte[] content : Samples.read()) {
      samples.add(MarkedSample.of(content));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, target + (1 << 20)));
    int records = 0;
    while (out.size() < target) {
      for (MarkedSample sample : samples) {
        sample.writeTo(out, records + 1);
        records += sample.recordCount();
      }
    }
    return new Corpus(out.toByteArray(), records);
  }

  byte[] bytes() {
    return bytes;
  }

  /** The records the samples hold, parsed one by one, times the rounds. */
  int recordCount() {
    return recordCount;
  }

  /** Size in megabytes (10^6 bytes), the unit of the MB/s figures. */
  double megabytes() {
    return bytes.length / 1e6;
  }

  /** A reader over the whole corpus, as the command line would open it. */
  DigestReader reader(boolean dedupe) {
    return new DigestReader(
        List.of(InputSource.bytes("corpus", bytes)), ParseOptions.defaults(), dedupe, DiagnosticListener.IGNORE);
  }
}
