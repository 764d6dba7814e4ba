package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.source.JsonLinesShares;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cut after an offset in an arXiv snapshot is the first place at or after it where a share may
 * start ({@link JsonLinesShares#startsAt}, the three bytes before it read from the file as well),
 * found the same whatever was asked of the stream before; the file's end when there is none, or
 * none before the bound asked.
 */
class JsonLinesCutsTest {
  @TempDir Path tmp;

  @Test
  void theCutIsTheFirstShareStartAtOrAfterTheOffset() throws IOException {
    byte[] fixture = Files.readAllBytes(Path.of("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(fixture);
    out.writeBytes(new String(fixture, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write('\n'); // a blank line: no share starts after it
    out.writeBytes(fixture);
    byte[] bytes = out.toByteArray();
    Path file = Files.write(tmp.resolve("cuts.jsonl"), bytes);
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Random random = new Random(7);
    int found = 0;
    try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(file.toUri()))) {
      for (int i = 0; i < 400; i++) {
        long offset = i < 5 ? new long[] {0, 1, 2, 3, bytes.length}[i] : random.nextInt(bytes.length + 1);
        long cut = JsonLinesCuts.cutBefore(in, offset, bytes.length, bytes.length);
        assertThat(cut).as("cut after %d", offset).isEqualTo(firstStart(bytes, offset));
        long window = 1 + random.nextInt(4000);
        assertThat(JsonLinesCuts.cutBefore(in, offset, offset + window, bytes.length))
            .as("cut after %d before %d", offset, offset + window)
            .isEqualTo(cut < offset + window ? cut : bytes.length);
        if (cut > 0 && cut < bytes.length) {
          found++;
        }
      }
    }
    assertThat(found).isGreaterThan(300);
  }

  private static long firstStart(byte[] b, long offset) {
    if (offset == 0) {
      return 0;
    }
    for (int p = (int) offset; p < b.length; p++) {
      if (JsonLinesShares.startsAt(p >= 3 ? b[p - 3] : -1, p >= 2 ? b[p - 2] : -1, p >= 1 ? b[p - 1] : -1, b[p], p + 1 < b.length ? b[p + 1] : -1)) {
        return p;
      }
    }
    return b.length;
  }
}
