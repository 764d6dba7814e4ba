package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Output and the progress line on one terminal, as the terminal receives them (stderr and stdout
 * interleaved in the order written).
 */
class TerminalOutputTest {
  private final StringWriter screen = new StringWriter();
  private final ProgressLine progress = new ProgressLine(new PrintWriter(screen));
  private final TerminalOutput output = new TerminalOutput(new ScreenStream(), progress);

  @Test
  void outputGoesOutInWholeLinesAfterTheProgressLineIsErased() throws IOException {
    progress.draw("digest: 1024 records");
    write("{\"a\":1}\n{\"b\"");

    assertThat(screen.toString()).isEqualTo("\r\033[Kdigest: 1024 records\r\033[K{\"a\":1}\n");
  }

  @Test
  void theRestOfALineWaitsForItsEnd() throws IOException {
    write("{\"a\":");
    progress.draw("digest: 1024 records");
    write("1}\n");

    assertThat(screen.toString()).isEqualTo("\r\033[Kdigest: 1024 records\r\033[K{\"a\":1}\n");
  }

  @Test
  void aFlushSendsTheRestOfALineAndTheProgressLineWaitsForItsEnd() throws IOException {
    write("{\"a\":");
    output.flush();
    progress.draw("digest: 1024 records");
    write("1}\n");
    progress.draw("digest: 2048 records");

    assertThat(screen.toString()).isEqualTo("{\"a\":1}\n\r\033[Kdigest: 2048 records");
  }

  @Test
  void aLineErasedTwiceIsClearedOnce() {
    progress.draw("digest: 1024 records");
    progress.erase();
    progress.erase();

    assertThat(screen.toString()).isEqualTo("\r\033[Kdigest: 1024 records\r\033[K");
  }

  private void write(String text) throws IOException {
    output.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Standard output, on the same screen as stderr. */
  private final class ScreenStream extends OutputStream {
    @Override
    public void write(int b) {
      screen.write(b);
    }
  }
}
