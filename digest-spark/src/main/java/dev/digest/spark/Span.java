package dev.digest.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A share of one file as the read is planned, before its content is seen: the whole file, or for
 * a file larger than the split size, the bytes from {@code start} to {@code end}, in which the
 * first planning job looks for where a share starts ({@link ShareStarts}), or which it gives up to
 * the first share when the file cannot be cut (JSON arrays, or text not in UTF-8).
 *
 * @param file the file
 * @param start the first byte of the share
 * @param end the byte after it
 * @param cut true when the file is shared among several spans
 */
record Span(InputFile file, long start, long end, boolean cut) implements Serializable {

  /**
   * The spans of {@code files} in order, grouped into tasks: a file larger than {@code splitSize}
   * in shares of that size, and small files together up to that size, as Spark's file sources
   * pack them, so a folder of daily digests does not become a task a file.
   */
  static List<List<Span>> plan(List<InputFile> files, long splitSize) {
    List<List<Span>> groups = new ArrayList<>();
    List<Span> group = new ArrayList<>();
    long groupBytes = 0;
    for (InputFile f : files) {
      long length = f.length();
      if (length <= splitSize) {
        if (!group.isEmpty() && groupBytes + length > splitSize) {
          groups.add(group);
          group = new ArrayList<>();
          groupBytes = 0;
        }
        group.add(new Span(f, 0, length, false));
        groupBytes += length;
        continue;
      }
      if (!group.isEmpty()) {
        groups.add(group);
        group = new ArrayList<>();
        groupBytes = 0;
      }
      for (long s = 0; s < length; s += splitSize) {
        groups.add(List.of(new Span(f, s, Math.min(length, s + splitSize), true)));
      }
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    return groups;
  }
}
