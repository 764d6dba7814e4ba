package dev.digest.bench;

import dev.digest.run.DigestReader;
import dev.digest.write.Format;
import dev.digest.write.RecordWriter;
import dev.digest.write.WriterOptions;
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

/**
 * Parser and writer together, the record loop of {@code digest convert} without the process
 * around it: set against ParserBenchmark and WriterBenchmark it shows whether the two halves add
 * up or interfere (the writer reading the parser's cache-warm view), and set against
 * bench/throughput.sh what start-up, file reading and the launcher's C1-only JIT cost. Read {@code
 * convert:inputMB} as MB/s of digest text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  /** jsonl, the format of the SPEC's throughput target; {@code -p format=...} measures others. */
  @Param({"jsonl"})
  public String format;

  private Format writerFormat;
  private Corpus corpus;

  @Setup
  public void buildCorpus() {
    writerFormat = RegisteredFormat.named(format);
    corpus = Corpus.build();
  }

  @Benchmark
  public long convert(InputCounters counters) throws IOException {
    DiscardingOutputStream out = new DiscardingOutputStream();
    long records = 0;
    try (DigestReader reader = corpus.reader(false)) {
      RecordWriter writer = writerFormat.writer(out, WriterOptions.DEFAULTS);
      writer.begin();
      while (reader.advance()) {
        writer.write(reader.current());
        records++;
      }
      writer.end();
    }
    counters.add(corpus.megabytes(), records);
    return out.count();
  }
}
