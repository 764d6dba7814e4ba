package dev.digest.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A record as UTF-8 bytes, reused from one record to the next.
 *
 * <p>This is the fast path between the parser and the writers: nothing here creates a {@code
 * String} until {@link #toRecord()} is asked for one. A view is valid until its producer advances.
 */
public final class RecordView {
  private final Text key = new Text(64);
  private final Text title = new Text(512);
  private final Text abstractText = new Text(4096);
  private final Text date = new Text(32);
  private boolean hasDate;
  private int[] urlStarts = new int[4];
  private int[] urlEnds = new int[4];
  private int urlCount;
  private String source = "";
  private byte[] sourceUtf8 = new byte[0];
  private int line;

  public Text key() {
    return key;
  }

  public Text title() {
    return title;
  }

  public Text abstractText() {
    return abstractText;
  }

  /** The date line, or {@code null} when the digest has none. */
  public Text date() {
    return hasDate ? date : null;
  }

  public int urlCount() {
    return urlCount;
  }

  /** Start offset of link {@code i} inside {@link #abstractText()}. */
  public int urlStart(int i) {
    return urlStarts[i];
  }

  /** End offset (exclusive) of link {@code i} inside {@link #abstractText()}. */
  public int urlEnd(int i) {
    return urlEnds[i];
  }

  public String url(int i) {
    return abstractText.substring(urlStarts[i], urlEnds[i]);
  }

  public String source() {
    return source;
  }

  public byte[] sourceUtf8() {
    return sourceUtf8;
  }

  public int line() {
    return line;
  }

  public void setSource(String name) {
    if (!name.equals(source)) {
      source = name;
      sourceUtf8 = name.getBytes(StandardCharsets.UTF_8);
    }
  }

  public void setLine(int line) {
    this.line = line;
  }

  public void setDate(Text value) {
    hasDate = value != null;
    if (hasDate) {
      date.copyFrom(value);
    } else {
      date.clear();
    }
  }

  public void clearUrls() {
    urlCount = 0;
  }

  public void addUrl(int start, int end) {
    if (urlCount == urlStarts.length) {
      urlStarts = Arrays.copyOf(urlStarts, urlCount * 2);
      urlEnds = Arrays.copyOf(urlEnds, urlCount * 2);
    }
    urlStarts[urlCount] = start;
    urlEnds[urlCount] = end;
    urlCount++;
  }

  public List<String> urls() {
    List<String> list = new ArrayList<>(urlCount);
    for (int i = 0; i < urlCount; i++) {
      list.add(url(i));
    }
    return list;
  }

  public Record toRecord() {
    return new Record(
        key.toString(),
        title.toString(),
        abstractText.toString(),
        urls(),
        hasDate ? date.toString() : null,
        source,
        line);
  }
}
