package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FILE} where FILE is not a plain new file: a link, a device, a file with permissions, a locked folder. */
class OutputFileFaultsTest {
  private static final String MAR13 = "samples/daily-papers-mar13.txt";

  @TempDir Path tmp;

  @Test
  void aLinkToAFullDeviceIsWrittenThroughAndFailsWithOneLine() throws IOException {
    assumeTrue(Files.exists(Paths.get("/dev/full")), "no /dev/full on this system");
    Path link = Files.createSymbolicLink(tmp.resolve("out.json"), Paths.get("/dev/full"));

    CliRun run = CliRun.of("convert", "-o", link.toString(), MAR13);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).isEqualTo(
        "digest: error: cannot write " + link + ": No space left on device; check the disk and the destination\n");
    // Replacing the device by a file would have "succeeded" and, through a real path, broken the system.
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(leftovers()).containsExactly("out.json");
    Files.delete(link); // before JUnit's clean-up, which warns about links leading out of its folder
  }

  @Test
  void aLinkToAFileStaysALinkAndTheFileItNamesGetsTheOutput() throws IOException {
    Path real = Files.writeString(Files.createDirectory(tmp.resolve("store")).resolve("papers.jsonl"), "old\n");
    Path link = Files.createSymbolicLink(tmp.resolve("papers.jsonl"), real);

    CliRun run = CliRun.of("convert", "-f", "jsonl", "-o", link.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(46);
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewFileGetsTheUsualOnes() throws IOException {
    Path kept = Files.writeString(tmp.resolve("kept.json"), "old");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(kept, shared);
    Path usual = Files.createFile(tmp.resolve("usual")); // what the umask gives a new file here
    Path fresh = tmp.resolve("fresh.json");

    assertThat(CliRun.of("convert", "-o", kept.toString(), MAR13).exitCode).isZero();
    assertThat(CliRun.of("convert", "-o", fresh.toString(), MAR13).exitCode).isZero();

    assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(shared);
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(usual));
  }

  @Test
  void aFolderWithoutWritePermissionIsExitOneWithOneLineAndTheOldFileUntouched() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("locked"));
    Path out = Files.writeString(dir.resolve("out.json"), "precious");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root writes through permission bits; .ci/fs-faults.sh covers it with a read-only mount
      assumeTrue(!Files.isWritable(dir), "running as root");

      CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13);

      assertThat(run.exitCode).isEqualTo(1);
      assertThat(run.stderr).isEqualTo("digest: error: cannot write " + out
          + ": permission denied; choose a folder you can write to\n");
      assertThat(Files.readString(out)).isEqualTo("precious");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aWriteProtectedFileIsNotReplaced() throws IOException {
    Path out = Files.writeString(tmp.resolve("out.json"), "precious");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(out), "running as root");

    CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).isEqualTo("digest: error: cannot write " + out
        + ": it is write-protected; make it writable (chmod u+w) or choose another file\n");
    assertThat(Files.readString(out)).isEqualTo("precious");
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
