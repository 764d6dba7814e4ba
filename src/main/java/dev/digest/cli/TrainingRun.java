package dev.digest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's training run, which makes the JVM's class-data archive or AOT cache: one JVM runs
 * the everyday commands on a sample, so that the archive holds every class they load — the text
 * path's and the SQLite library's alike. A command whose classes are missing from it starts about
 * three times slower. Asked for with {@code -Ddigest.training=DIR}; DIR receives a library.
 */
final class TrainingRun {
  static final String PROPERTY = "digest.training";

  private TrainingRun() {}

  /**
   * Converts {@code sample}, adds it to a library in {@code dir} and searches that; the output goes
   * nowhere. The conversion's exit code: the archive is worth making whenever the text path runs.
   */
  static int run(String sample, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path library = dir.resolve("training.db");
    Files.deleteIfExists(library);
    InputStream none = InputStream.nullInputStream();
    OutputStream discard = OutputStream.nullOutputStream();
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    int converted = Main.run(none, discard, err, "convert", sample);
    // Where SQLite cannot load, the archive still serves the text path: only the conversion counts.
    Main.run(none, discard, err, "convert", "-o", library.toString(), sample);
    Main.run(none, discard, err, "search", library.toString(), "model");
    Files.deleteIfExists(library);
    return converted;
  }
}
