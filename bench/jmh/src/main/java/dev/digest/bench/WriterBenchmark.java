package dev.digest.bench;

import dev.digest.model.RecordView;
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
 * Each writer alone, all fields, over records parsed once beforehand, into a stream that discards
 * (and counts) the bytes: where a format's escaping or layout costs, it shows here without the
 * parser's share. The records are separate objects, each read once per pass, where a real run
 * hands the writer one reused, cache-warm view; the figures lean low for that. Read {@code
 * write:inputMB} as MB/s of the digest text the records came from.
 *
 * <p>The format list names every format digest is to have; a build lacking one fails that
 * parameter at set-up, so run with {@code -p format=...} restricted to the registered ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriterBenchmark {
  @Param({"json", "jsonl", "csv", "tsv", "bibtex", "ris", "csljson"})
  public String format;

  private Format writerFormat;
  private RecordView[] records;
  private double corpusMegabytes;

  @Setup
  public void parseCorpus() {
    writerFormat = RegisteredFormat.named(format);
    Corpus corpus = Corpus.build();
    records = RecordViews.parse(corpus);
    corpusMegabytes = corpus.megabytes();
  }

  @Benchmark
  public long write(WriteCounters counters) throws IOException {
    DiscardingOutputStream out = new DiscardingOutputStream();
    RecordWriter writer = writerFormat.writer(out, WriterOptions.DEFAULTS);
    writer.begin();
    for (RecordView record : records) {
      writer.write(record);
    }
    writer.end();
    counters.add(corpusMegabytes, out.count(), records.length);
    return out.count();
  }
}
