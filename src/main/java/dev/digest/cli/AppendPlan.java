package dev.digest.cli;

import dev.digest.keys.HeldInMemory;
import dev.digest.keys.Holdings;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputHead;
import dev.digest.source.InputKind;
import dev.digest.source.InputKinds;
import dev.digest.source.RecordSource;
import dev.digest.write.Field;
import dev.digest.write.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a run adds to the file {@code -o} names ({@code --append}): the file is read back first with
 * the reader of its kind, as any input would be, so that its keys and titles become the run's
 * {@link Holdings}; then its bytes are copied into the run's temporary file, all of them or, for a
 * JSON array, all but the closing bracket, and the run's own output follows, without what a new
 * file starts with (the opening bracket, the header row) and with what joins it to the old bytes
 * (a comma, a line end, a blank line). The rename at the end of the run then replaces the file
 * with the longer one, atomically as ever.
 */
final class AppendPlan {
  private final HeldInMemory holdings;
  private final long keep;
  private final byte[] joint;
  private final Format format;

  private AppendPlan(HeldInMemory holdings, long keep, byte[] joint, Format format) {
    this.holdings = holdings;
    this.keep = keep;
    this.joint = joint.clone();
    this.format = format;
  }

  /**
   * The plan for adding to {@code file}, or null when there is nothing to add to (no such file, or
   * one of white space only), and the run writes the file as new.
   */
  static AppendPlan read(Path file, String name, Format format, List<Field> fields, ParseOptions options) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new RunFailure("cannot append to " + name + ": it is not a regular file; name a file for -o");
    }
    byte[] tail = tail(file);
    if (isBlank(tail) && Files.size(file) == tail.length) {
      return null;
    }
    InputSource source = InputSource.file(file, name);
    HeldInMemory held = new HeldInMemory();
    try (InputStream in = source.open()) {
      InputHead head = InputHead.read(in);
      InputKind kind = requireKind(head, name, format);
      if (format == Format.CSV || format == Format.TSV) {
        requireSameHeader(head.firstLine(), format == Format.CSV ? ',' : '\t', fields, name);
      }
      ParseOptions named = options.toBuilder().sourceName(name).build();
      try (RecordSource records = kind.open(head.replay(), named, d -> {})) {
        while (records.advance()) {
          if (!records.current().key().isEmpty()) {
            held.addKey(records.current().key().toString());
          }
          held.addTitle(records.current().title());
        }
        records.keysWithoutRecord().forEach(held::addKey);
      }
    }
    return plan(held, format, tail, Files.size(file));
  }

  private static AppendPlan plan(HeldInMemory held, Format format, byte[] tail, long size) {
    switch (format) {
      case JSON:
      case CSLJSON:
        int close = lastNonBlank(tail, tail.length);
        int before = lastNonBlank(tail, close);
        boolean empty = before >= 0 && tail[before] == '[';
        return new AppendPlan(held, size - tail.length + before + 1, ascii(empty ? "" : ","), format);
      case CSV:
        return new AppendPlan(held, size, ascii(endsWith(tail, "\n") ? "" : "\r\n"), format);
      case BIBTEX:
        return new AppendPlan(held, size, ascii(endsWith(tail, "\n\n") ? "" : endsWith(tail, "\n") ? "\n" : "\n\n"), format);
      case RIS:
        boolean blankLine = endsWith(tail, "\n\n") || endsWith(tail, "\n\r\n");
        return new AppendPlan(held, size, ascii(blankLine ? "" : endsWith(tail, "\n") ? "\r\n" : "\r\n\r\n"), format);
      default: // jsonl, tsv
        return new AppendPlan(held, size, ascii(endsWith(tail, "\n") ? "" : "\n"), format);
    }
  }

  Holdings holdings() {
    return holdings;
  }

  /**
   * Copies the file's bytes that stay into {@code out} and returns the stream the run's writer
   * writes to: its opening left out, the joint written before its first record.
   */
  OutputStream continueFrom(Path file, OutputStream out) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      long copied = 0;
      byte[] buf = new byte[1 << 16];
      while (copied < keep) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, keep - copied));
        if (n < 0) {
          throw new RunFailure("cannot append to " + file + ": it became shorter while digest read it; run again");
        }
        out.write(buf, 0, n);
        copied += n;
      }
    }
    return new ContinuingOutput(out, opening(format), joint);
  }

  /** What a new file of {@code format} starts with, which an appended run leaves out. */
  private static ContinuingOutput.Opening opening(Format format) {
    switch (format) {
      case JSON:
      case CSLJSON:
        return ContinuingOutput.Opening.BRACKET;
      case CSV:
      case TSV:
        return ContinuingOutput.Opening.HEADER_ROW;
      default:
        return ContinuingOutput.Opening.NONE;
    }
  }

  /**
   * The kind that reads {@code format}, which the file must be. A csv or tsv file of one column
   * has no separator to tell it by, and reads as a pasted digest: its header row decides.
   */
  private static InputKind requireKind(InputHead head, String name, Format format) throws IOException {
    InputKind kind = InputKinds.kindOf(head, name);
    InputKind reader = kind;
    boolean fits;
    switch (format) {
      case JSON:
        fits = kind == InputKinds.DIGEST_RECORDS && head.isArray();
        break;
      case JSONL:
        fits = kind == InputKinds.DIGEST_RECORDS && !head.isArray();
        break;
      case CSLJSON:
        fits = kind == InputKinds.CSL_JSON || head.isEmptyArray();
        break;
      case CSV:
        fits = kind == InputKinds.CSV || kind == InputKinds.PASTED_TEXT;
        reader = InputKinds.CSV;
        break;
      case TSV:
        fits = kind == InputKinds.TSV || kind == InputKinds.PASTED_TEXT;
        reader = InputKinds.TSV;
        break;
      case BIBTEX:
        fits = kind == InputKinds.BIBTEX;
        break;
      default:
        fits = kind == InputKinds.RIS;
        break;
    }
    if (!fits) {
      throw new RunFailure(
          "cannot append to " + name + ": it reads as " + describe(kind, head) + ", not " + format.formatName()
              + "; choose the format it holds with -f, or another file");
    }
    return reader;
  }

  private static String describe(InputKind kind, InputHead head) {
    if (kind == InputKinds.DIGEST_RECORDS) {
      return head.isArray() ? "json" : "jsonl";
    }
    return kind.name();
  }

  /** A csv or tsv file gets no second header row: its columns must be the ones this run writes. */
  private static void requireSameHeader(String firstLine, char delimiter, List<Field> fields, String name) {
    List<String> theirs = new ArrayList<>();
    for (String cell : firstLine.split(String.valueOf(delimiter), -1)) {
      String c = cell.strip();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        c = c.substring(1, c.length() - 1);
      }
      theirs.add(c.toLowerCase(Locale.ROOT));
    }
    List<String> ours = new ArrayList<>();
    for (Field f : fields) {
      ours.add(f.fieldName());
    }
    if (!theirs.equals(ours)) {
      throw new RunFailure(
          "cannot append to " + name + ": its header row is " + String.join(",", theirs)
              + " but this run writes " + String.join(",", ours)
              + "; give --fields " + String.join(",", theirs) + " to write its columns, or choose another file");
    }
  }

  /** The file's last bytes: enough to see how it ends (a JSON array's closing bracket, a line end). */
  private static byte[] tail(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long size = f.length();
      int n = (int) Math.min(size, 1 << 16);
      byte[] b = new byte[n];
      f.seek(size - n);
      f.readFully(b);
      return b;
    }
  }

  private static int lastNonBlank(byte[] b, int before) {
    int i = before - 1;
    while (i >= 0 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i--;
    }
    return i;
  }

  private static boolean isBlank(byte[] b) {
    return lastNonBlank(b, b.length) < 0;
  }

  private static boolean endsWith(byte[] b, String end) {
    byte[] e = ascii(end);
    return b.length >= e.length && java.util.Arrays.equals(b, b.length - e.length, b.length, e, 0, e.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
