package dev.digest.bench;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.run.DigestReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A corpus of paper data in memory, of about {@value Corpus#DEFAULT_MIB} MiB (as {@link Corpus},
 * {@code digest.corpus.mib} changes it): the API samples' items repeated in one JSON array (as one
 * large Daily Papers response), or the snapshot fixture's lines repeated (as a slice of the arXiv
 * snapshot). Titles repeat, as they would in a folder of API responses read with their pastes.
 */
final class DataCorpus {
  private final byte[] bytes;

  private DataCorpus(byte[] bytes) {
    this.bytes = bytes;
  }

  /** {@code kind}: {@code api} or {@code snapshot}. */
  static DataCorpus build(String kind) {
    long target = (long) Integer.getInteger(Corpus.SIZE_PROPERTY, Corpus.DEFAULT_MIB) << 20;
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, target + (1 << 20)));
    switch (kind) {
      case "api":
        List<String> items = Samples.apiResponses().stream().map(DataCorpus::itemsOf).toList();
        out.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        while (out.size() < target) {
          for (String response : items) {
            out.writeBytes(((first ? "" : ",\n") + response).getBytes(StandardCharsets.UTF_8));
            first = false;
          }
        }
        out.writeBytes("\n]\n".getBytes(StandardCharsets.UTF_8));
        break;
      case "snapshot":
        byte[] lines = Samples.snapshotFixture();
        while (out.size() < target) {
          out.writeBytes(lines);
        }
        break;
      default:
        throw new IllegalArgumentException("kind is api or snapshot, not " + kind);
    }
    return new DataCorpus(out.toByteArray());
  }

  /** The items of one response: its text between the array's brackets. */
  private static String itemsOf(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8).strip();
    return text.substring(1, text.length() - 1).strip();
  }

  double megabytes() {
    return bytes.length / 1e6;
  }

  /** A reader over the whole corpus, told its kind by content as the command line does. */
  DigestReader reader() {
    return new DigestReader(List.of(InputSource.bytes("data", bytes)), ParseOptions.defaults(), false, DiagnosticListener.IGNORE);
  }
}
