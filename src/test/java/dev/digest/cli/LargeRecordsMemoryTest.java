package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.DigestProcess;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Memory stays flat at every -j when records are large: one in twenty a whole paper pasted as its
 * abstract (about 600 KB), so that pieces are megabytes and a batch of 64 records could hold
 * several. Within -Xmx64m, the run gives what one thread gives. Batches go to the run by their
 * bytes as well as their count, and the pieces cut ahead are bounded by their bytes.
 */
class LargeRecordsMemoryTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "-j {0}")
  @ValueSource(strings = {"2", "8"})
  void largeRecordsConvertInASmallHeapAsOnOneThread(String jobs) throws Exception {
    Path input = largeRecords();
    Path one = run(input, "1");
    Path many = run(input, jobs);
    assertThat(Files.mismatch(one, many)).as("-j %s against -j 1", jobs).isEqualTo(-1L);
  }

  private Path run(Path input, String jobs) throws IOException, InterruptedException {
    Path out = tmp.resolve("out-" + jobs + ".bib");
    Path err = tmp.resolve("err-" + jobs + ".txt");
    List<String> command = new ArrayList<>(DigestProcess.command(Map.of(), "convert", "-f", "bibtex", "-j", jobs, "-o", out.toString(), input.toString()));
    command.add(1, "-Xmx64m");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
    assertThat(p.exitValue()).as("-j %s: %s", jobs, Files.readString(err)).isZero();
    return out;
  }

  /** 40 digests of 30 records; one record in twenty has an abstract of 60,000 to 90,000 words. */
  private Path largeRecords() throws IOException {
    Path input = tmp.resolve("large-records.txt");
    Random random = new Random(3);
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int d = 0; d < 40; d++) {
        w.write("new\n\nGet trending papers in your email inbox!\n\nApr " + (d % 28 + 1) + "\n\n");
        for (int i = 0; i < 30; i++) {
          w.write("Paper " + d + " " + i + " About Things\n\n");
          int words = random.nextDouble() > 0.05 ? 100 + random.nextInt(100) : 60_000 + random.nextInt(30_000);
          for (int k = 0; k < words; k++) {
            w.write(k == 0 ? "word" : " word");
            w.write(Integer.toString(random.nextInt(1000)));
          }
          w.write(".\n\n");
        }
      }
    }
    return input;
  }
}
