package dev.digest.bench;

import dev.digest.model.RecordView;
import dev.digest.run.DigestReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The parser alone: bytes in memory to records (with citation keys, and the titles-seen table when
 * deduplicating), through the byte-level view the command line uses. It isolates what
 * bench/throughput.sh cannot: that script's figures also hold JVM start-up, file reading and a
 * writer. Read {@code parse:inputMB} as MB/s of digest text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
  /** {@code --dedupe} adds a hash of every title to a table: its cost shows as the difference. */
  @Param({"false", "true"})
  public boolean dedupe;

  private Corpus corpus;

  @Setup
  public void buildCorpus() {
    corpus = Corpus.build();
  }

  @Benchmark
  public void parse(InputCounters counters, Blackhole blackhole) throws IOException {
    long records = 0;
    try (DigestReader reader = corpus.reader(dedupe)) {
      while (reader.advance()) {
        RecordView record = reader.current();
        // Something from each record, so no part of producing it can be skipped.
        blackhole.consume(record.title().length() + record.urlCount());
        records++;
      }
    }
    counters.add(corpus.megabytes(), records);
  }
}
