package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cut after an offset: always where a new digest's header starts, never before the offset,
 * and never earlier for a later offset, so the shares of a file's tasks never overlap and leave
 * nothing out; looked for only before a bound, the same cut when it comes before the bound.
 */
class DigestCutsTest {
  @TempDir Path tmp;

  @Test
  void cutsStartAHeaderAndNeverGoBack() throws IOException {
    Path file = Corpus.large(tmp.resolve("cuts.txt"), 3 << 20);
    byte[] bytes = Files.readAllBytes(file);
    FileSystem fs = FileSystem.getLocal(new Configuration());
    long last = 0;
    int distinct = 0;
    try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(file.toUri()))) {
      for (long offset = 0; offset <= bytes.length; offset += 20011) {
        long cut = DigestCuts.cutBefore(in, offset, bytes.length, bytes.length);
        assertThat(cut).as("cut after %d", offset).isGreaterThanOrEqualTo(offset).isGreaterThanOrEqualTo(last);
        if (cut > 0 && cut < bytes.length) {
          String from = new String(bytes, (int) cut, 60, StandardCharsets.UTF_8);
          assertThat(from).as("text at the cut after %d", offset).matches("(?s)(new|Get trending papers in your email inbox).*");
          assertThat(DigestCuts.cutBefore(in, cut, bytes.length, bytes.length)).as("a cut is its own cut, or the next").isGreaterThanOrEqualTo(cut);
        }
        for (long window : new long[] {1, 4096, 150_000}) {
          assertThat(DigestCuts.cutBefore(in, offset, offset + window, bytes.length))
              .as("the cut after %d before %d", offset, offset + window)
              .isEqualTo(cut < offset + window ? cut : bytes.length);
        }
        if (cut != last) {
          distinct++;
        }
        last = cut;
      }
    }
    assertThat(distinct).as("cuts found across %d bytes", bytes.length).isGreaterThanOrEqualTo(10);
  }
}
