package dev.digest.write;

import dev.digest.model.Swar;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Tab-separated values with a header row and one LF-ended line a record, for line-oriented tools
 * ({@code cut}, {@code awk}, {@code mlr --tsv}): inside a cell, tab, LF, CR and backslash are
 * written as {@code \t}, {@code \n}, {@code \r} and {@code \\}, so a cell never breaks its row and
 * unescaping gives back exactly the text. Nothing else is changed; a null date is an empty cell.
 */
final class TsvRecordWriter extends DelimitedRecordWriter {
  private static final byte[] LF = {'\n'};
  private static final long TABS = Swar.broadcast('\t');
  private static final long LFS = Swar.broadcast('\n');
  private static final long CRS = Swar.broadcast('\r');
  private static final long BACKSLASHES = Swar.broadcast('\\');

  TsvRecordWriter(OutputStream out, WriterOptions options) {
    this(out, options, null);
  }

  private TsvRecordWriter(OutputStream out, WriterOptions options, RenderTarget marks) {
    super(out, options, '\t', LF, marks);
  }

  @Override
  DelimitedRecordWriter renderingInto(WriterOptions options, RenderTarget target) {
    return new TsvRecordWriter(target, options, target);
  }

  @Override
  void writeCell(byte[] b, int off, int len) throws IOException {
    int end = off + len;
    int from = off;
    int special;
    while ((special = DelimitedByteScan.indexOfAny(b, from, end, TABS, LFS, CRS, BACKSLASHES)) >= 0) {
      sink.write(b, from, special - from);
      sink.write('\\');
      sink.write(escapeLetter(b[special]));
      from = special + 1;
    }
    sink.write(b, from, end - from);
  }

  private static int escapeLetter(byte c) {
    switch (c) {
      case '\t':
        return 't';
      case '\n':
        return 'n';
      case '\r':
        return 'r';
      default:
        return '\\';
    }
  }
}
