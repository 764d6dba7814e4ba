package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digest.parse.DigestInputException;
import dev.digest.run.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that changes while it is read is an error at its end, not a quietly shorter result. */
class ChangeDetectingFileTest {
  private static final int SIZE = 100_000;

  @TempDir Path tmp;

  @Test
  void anUnchangedFileIsReadWhole() throws IOException {
    Path file = file("same.txt");

    try (InputStream in = ChangeDetectingFile.of(file, "same.txt").open()) {
      assertThat(in.readAllBytes()).hasSize(SIZE);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void aFileThatShrinksWhileReadIsAnErrorAtItsEnd() throws IOException {
    Path file = file("shrinks.txt");

    try (InputStream in = ChangeDetectingFile.of(file, "shrinks.txt").open()) {
      in.readNBytes(10);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(50);
      }
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(DigestInputException.class)
          .hasMessage("shrinks.txt: the file changed while it was read: it held 100000 bytes when opened and 50 were read;"
              + " run again when it is complete");
    }
  }

  @Test
  void aFileThatGrowsWhileReadIsAnErrorAtItsEnd() throws IOException {
    Path file = file("grows.txt");

    try (InputStream in = ChangeDetectingFile.of(file, "grows.txt").open()) {
      in.readNBytes(10);
      Files.write(file, new byte[] {'x', '\n'}, StandardOpenOption.APPEND);
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(DigestInputException.class)
          .hasMessageContaining("it held 100000 bytes when opened and 100002 were read");
    }
  }

  @Test
  void aFileRewrittenInPlaceAtTheSameSizeIsAnErrorAtItsEnd() throws IOException {
    Path file = file("rewritten.txt");

    try (InputStream in = ChangeDetectingFile.of(file, "rewritten.txt").open()) {
      in.readNBytes(10);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.write("Other text".getBytes(StandardCharsets.US_ASCII));
      }
      // The clock may not have ticked between the writes: move the time on, as a later write would.
      Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(DigestInputException.class)
          .hasMessage("rewritten.txt: the file changed while it was read: it was written to meanwhile; run again when it is complete");
    }
  }

  @Test
  void aFileReplacedByARenameIsReadWholeAsItWasOpened() throws IOException {
    Path file = file("saved.txt");
    byte[] before = Files.readAllBytes(file);
    Path newer = Files.writeString(tmp.resolve("newer"), "A Newer Version\n");

    try (InputStream in = ChangeDetectingFile.of(file, "saved.txt").open()) {
      byte[] head = in.readNBytes(10);
      Files.move(newer, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      byte[] rest = in.readAllBytes();
      assertThat(head.length + rest.length).isEqualTo(before.length);
    }
  }

  @Test
  void aFileThatSaysItIsEmptyYetHoldsBytesIsNotAChange() throws IOException {
    Path proc = Paths.get("/proc/self/status");
    assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0, "no /proc pseudo-files here");

    try (InputStream in = ChangeDetectingFile.of(proc, "status").open()) {
      assertThat(in.readAllBytes()).isNotEmpty();
    }
  }

  @Test
  void everyFileTheCommandLineNamesIsChecked() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("folder"));
    file("folder/a.txt");
    Path named = file("named.txt");
    InputResolver inputs = new InputResolver(InputStream.nullInputStream());

    inputs.resolve(List.of(dir.toString(), named.toString(), "-"));

    assertThat(inputs.sources()).extracting(s -> s instanceof ChangeDetectingFile).containsExactly(true, true, false);
  }

  @Test
  void theParserStopsWithOneLineNamingTheFile() throws IOException {
    Path file = tmp.resolve("big.txt");
    Files.writeString(file, Files.readString(Paths.get("samples/daily-papers-apr23.txt")).repeat(20)); // far more than the parser reads ahead
    long size = Files.size(file);
    InputSource source = ChangeDetectingFile.of(file, "big.txt");

    try (DigestReader reader = new DigestReader(List.of(source), ParseOptions.defaults(), false, d -> {})) {
      assertThat(reader.advance()).isTrue();
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(size / 2);
      }
      assertThatThrownBy(() -> {
            while (reader.advance()) {
              // the records of the part read before the file shrank
            }
          })
          .isInstanceOfSatisfying(DigestInputException.class, e -> assertThat(Main.located(e))
              .startsWith("big.txt: error: the file changed while it was read: ")
              .endsWith("; run again when it is complete")
              .doesNotContain("\n"));
    }
  }

  private Path file(String name) throws IOException {
    byte[] text = new byte[SIZE];
    for (int i = 0; i < SIZE; i++) {
      text[i] = (byte) (i % 80 == 79 ? '\n' : 'a' + i % 26);
    }
    return Files.write(tmp.resolve(name), text);
  }
}
