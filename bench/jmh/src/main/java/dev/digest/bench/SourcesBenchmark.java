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
 * The JSON input kinds alone: a Daily Papers API response or an arXiv snapshot slice in memory to
 * records (unwrapped title and abstract, authors, id, dates, links, keys), through the byte-level
 * view the command line uses ({@link DataCorpus}). Read {@code read:inputMB} as MB/s of JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SourcesBenchmark {
  @Param({"api", "snapshot"})
  public String kind;

  private DataCorpus corpus;

  @Setup
  public void buildCorpus() {
    corpus = DataCorpus.build(kind);
  }

  @Benchmark
  public void read(InputCounters counters, Blackhole blackhole) throws IOException {
    long records = 0;
    try (DigestReader reader = corpus.reader()) {
      while (reader.advance()) {
        RecordView record = reader.current();
        blackhole.consume(record.title().length() + record.abstractText().length() + record.authorCount() + record.urlCount());
        records++;
      }
    }
    counters.add(corpus.megabytes(), records);
  }
}
