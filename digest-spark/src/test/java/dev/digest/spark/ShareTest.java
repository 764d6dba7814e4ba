package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shares the driver plans from the starts the first planning job finds tile a cut file at any
 * split size: the first starts at 0, each ends where the next starts, the last at the file's end,
 * none empty, also when the file is named twice; the tasks whose spans hold no cut read nothing. On pasted text joined as cat joins it
 * (where which boundaries a search sees depends on where it starts) and on a snapshot with a blank
 * line (no start after it), at split sizes from below a line to above a digest.
 */
class ShareTest {
  private static final long[] SPLITS = {700, 1000, 1500, 3000, 5000, 7919, 20000, 50000, 109000, 150000, 300000};

  @TempDir Path tmp;

  @Test
  void sharesTileCatJoinedPastedText() throws IOException {
    assertTiles(Files.write(tmp.resolve("three.txt"), concat(
        Files.readAllBytes(Path.of("samples/daily-papers-apr23.txt")),
        Files.readAllBytes(Path.of("samples/daily-papers-mar13.txt")),
        Files.readAllBytes(Path.of("samples/daily-papers-apr23.txt")))));
  }

  @Test
  void sharesTileASnapshot() throws IOException {
    byte[] fixture = Files.readAllBytes(Path.of("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl"));
    assertTiles(Files.write(tmp.resolve("snapshot.jsonl"), concat(fixture, new byte[] {'\n'}, fixture)));
  }

  /** The file named twice, one listing after the other: each listing's shares tile it. */
  private static void assertTiles(Path file) throws IOException {
    long length = Files.size(file);
    InputFile input = new InputFile(file.toString(), file.toUri().toString(), length);
    HadoopConf conf = new HadoopConf(new Configuration());
    ReadOptions options = ReadOptions.from(Map.of("path", file.toString()));
    for (long split : SPLITS) {
      List<List<Span>> tasks = Span.plan(List.of(input, input), split);
      List<List<ShareStart>> starts = new ArrayList<>();
      for (List<Span> task : tasks) {
        starts.add(new ShareStarts(conf, options).call(task));
      }
      long at = 0;
      int nothing = 0;
      int listings = 0;
      for (List<Share> task : Share.plan(tasks, starts)) {
        for (Share share : task) {
          assertThat(share.failure()).isNull();
          if (share.piece() == null) {
            nothing++;
            continue;
          }
          if (share.piece().start() == 0) {
            assertThat(at).as("split %d: the listing before ends at the file's end", split).isEqualTo(listings == 0 ? 0 : length);
            at = 0;
            listings++;
          }
          assertThat(share.piece().start()).as("split %d: a share starts where the one before ends", split).isEqualTo(at);
          assertThat(share.piece().end()).as("split %d: not empty", split).isGreaterThan(at);
          at = share.piece().end();
        }
      }
      assertThat(listings).as("split %d: both listings read", split).isEqualTo(2);
      assertThat(at).as("split %d: the last share ends at the file's end", split).isEqualTo(length);
      if (split <= 1000) {
        assertThat(nothing).as("split %d: spans with no cut read nothing", split).isPositive();
      }
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
