package dev.digest.spark;

import dev.digest.parse.DigestInputException;
import dev.digest.source.InputHead;
import dev.digest.source.InputKinds;
import dev.digest.source.JsonLinesShares;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The first planning job's task: where each of its spans' share starts. A span of a file read
 * whole starts it at 0 (or reads nothing, past the first); a span of a cut file starts its share at
 * the first cut it finds in the span, looking no further ({@link DigestCuts#cutBefore}, {@link
 * JsonLinesCuts#cutBefore}). Each task reads only its own span, so a file with cuts far apart is
 * read about once in all; the driver then ends each share where the next one starts ({@link
 * Share#plan}), which tiles the file whatever the searches saw: every cut found is a place where
 * the parser's state resets.
 */
final class ShareStarts extends PlanningTask<Span, ShareStart> {
  private static final long serialVersionUID = 1L;

  ShareStarts(HadoopConf conf, ReadOptions options) {
    super(conf, options);
  }

  @Override
  ShareStart answer(Span span) throws IOException {
    try {
      return startOf(span);
    } catch (DigestInputException e) {
      return ShareStart.failed(e);
    }
  }

  private ShareStart startOf(Span span) throws IOException {
    InputFile file = span.file();
    if (!span.cut()) {
      return ShareStart.WHOLE;
    }
    // One stream for the head and the search: the search moves it where it starts.
    try (FSDataInputStream in = file.open(conf, 0)) {
      Cutting cutting = cutting(in, file);
      if (cutting == Cutting.NONE) {
        return span.start() == 0 ? ShareStart.WHOLE : ShareStart.NOTHING;
      }
      boolean jsonLines = cutting == Cutting.JSON_LINES;
      if (span.start() == 0) {
        return ShareStart.at(0, jsonLines);
      }
      long start = jsonLines
          ? JsonLinesCuts.cutBefore(in, span.start(), span.end(), file.length())
          : DigestCuts.cutBefore(in, span.start(), span.end(), file.length());
      return start < span.end() ? ShareStart.at(start, jsonLines) : ShareStart.NOTHING;
    }
  }

  /** How a large file is cut among tasks. */
  enum Cutting {
    /** At digest boundaries: pasted text. */
    TEXT,
    /** Where an item of JSON Lines starts: an arXiv snapshot. */
    JSON_LINES,
    /** Not at all: read whole by the first task. */
    NONE
  }

  /**
   * Pasted text in UTF-8 is cut at digest boundaries (not UTF-16, which a byte-order mark says,
   * whatever the encoding option says, nor another encoding); an arXiv snapshot where an item
   * starts ({@link JsonLinesShares}); other JSON is read whole (told as every input's kind is,
   * {@link InputHead}), and so is JSON of no kind digest reads, whose read reports it. Reads the
   * head of {@code fromStart}, which stands at the file's first byte.
   */
  private Cutting cutting(InputStream fromStart, InputFile file) throws IOException {
    InputHead head = InputHead.read(fromStart);
    if (head.looksLikeJson()) {
      try {
        return JsonLinesShares.splits(InputKinds.kindOf(head, file.name())) ? Cutting.JSON_LINES : Cutting.NONE;
      } catch (DigestInputException e) {
        return Cutting.NONE;
      }
    }
    byte[] mark = head.replay().readNBytes(3);
    if (mark.length == 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF) {
      return Cutting.TEXT;
    }
    boolean utf16Mark = mark.length >= 2 && ((mark[0] & 0xFF) == 0xFE || (mark[0] & 0xFF) == 0xFF);
    return !utf16Mark && options.charset().equals(StandardCharsets.UTF_8) ? Cutting.TEXT : Cutting.NONE;
  }
}
