package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} on what is not a plain new file: a named pipe or device is written into, never
 * replaced by a regular file; a symbolic link keeps pointing where it did; a replaced file keeps
 * its permissions.
 */
class OutputFileKindsTest {
  private static final String MAR13 = "samples/daily-papers-mar13.txt";

  @TempDir Path tmp;

  @Test
  void aNamedPipeIsWrittenIntoAndStaysAPipe() throws Exception {
    Path fifo = tmp.resolve("records.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> readAll(fifo));

    CliRun run = CliRun.of("convert", "-f", "jsonl", "-o", fifo.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    String received = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertThat(received.lines()).hasSize(46);
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class).isOther()).isTrue();
    try (var left = Files.list(tmp)) {
      assertThat(left).containsExactly(fifo);
    }
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetGetsTheRecords() throws IOException {
    Path real = Files.writeString(tmp.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real.getFileName());

    CliRun run = CliRun.of("convert", "-o", link.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("[");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path out = Files.writeString(tmp.resolve("out.json"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.readString(out)).startsWith("[");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
  }

  @Test
  void aNewFileIsReadableByOthersAsTheUmaskAllowsNotPrivateLikeATemporaryFile() throws IOException {
    Path out = tmp.resolve("new.json");
    Path probe = Files.writeString(tmp.resolve("probe"), "a file made the ordinary way");

    CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probe));
  }

  private static byte[] readAll(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
