package dev.digest.parse;

import dev.digest.run.DigestReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.digest.model.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the library over small inline inputs and collects what comes out. */
public final class Digests {
  /** The name every single-input test reads under. */
  static final String SOURCE = "t.txt";

  private Digests() {}

  /** The records and the diagnostics of one run. */
  record Run(List<Record> records, List<Diagnostic> diagnostics) {}

  /** A record without its place, for comparing a run with another run over the same text. */
  record Content(String key, String title, String abstractText, List<String> urls, String date) {
    static Content of(Record r) {
      return new Content(r.key(), r.title(), r.abstractText(), r.urls(), r.date());
    }
  }

  static Run parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8), ParseOptions.defaults());
  }

  static Run parse(String text, ParseOptions options) {
    return parse(text.getBytes(StandardCharsets.UTF_8), options);
  }

  static Run parse(byte[] bytes) {
    return parse(bytes, ParseOptions.defaults());
  }

  static Run parse(byte[] bytes, ParseOptions options) {
    return read(List.of(InputSource.bytes(SOURCE, bytes)), options);
  }

  static Run read(List<InputSource> inputs, ParseOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    try (DigestReader reader = new DigestReader(inputs, options, false, diagnostics::add)) {
      reader.iterator().forEachRemaining(records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Run(records, diagnostics);
  }

  /** The error a run over {@code bytes} must stop with. */
  static DigestInputException failure(byte[] bytes, ParseOptions options) {
    UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> parse(bytes, options));
    assertThat(thrown.getCause()).isInstanceOf(DigestInputException.class);
    return (DigestInputException) thrown.getCause();
  }

  static DigestInputException failure(String text, ParseOptions options) {
    return failure(text.getBytes(StandardCharsets.UTF_8), options);
  }

  static DigestInputException failure(byte[] bytes) {
    return failure(bytes, ParseOptions.defaults());
  }

  static List<Content> contents(List<Record> records) {
    return records.stream().map(Content::of).toList();
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
