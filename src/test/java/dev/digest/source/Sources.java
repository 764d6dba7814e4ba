package dev.digest.source;

import dev.digest.model.Record;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.run.DigestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading inputs of any kind in tests: a run's records, keys given, no warnings allowed. */
final class Sources {
  private Sources() {}

  static List<Record> records(InputSource... inputs) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    try (DigestReader reader = new DigestReader(List.of(inputs), ParseOptions.defaults(), false, diagnostics::add)) {
      reader.forEach(records::add);
    }
    if (!diagnostics.isEmpty()) {
      throw new AssertionError("warnings: " + diagnostics);
    }
    return records;
  }

  static List<Record> records(Path file) throws IOException {
    return records(InputSource.file(file, file.toString()));
  }

  static List<Record> records(String name, String content) throws IOException {
    return records(InputSource.bytes(name, content.getBytes(StandardCharsets.UTF_8)));
  }
}
