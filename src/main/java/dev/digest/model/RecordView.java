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
  private final Text key;
  private final Text title;
  private final Text abstractText;
  private final Text date = new Text(32);
  private boolean hasDate;
  private int[] urlStarts = new int[4];
  private int[] urlEnds = new int[4];
  private int urlCount;
  /** Where the link spans point: the abstract, or {@link #ownUrls} for links given whole. */
  private Text urlText;
  private final Text ownUrls = new Text(16);
  private String source = "";
  private byte[] sourceUtf8 = new byte[0];
  private int line;
  /** Every author's name, back to back; {@link #authorEnds} says where each ends. */
  private final Text authors = new Text(16);
  private int[] authorEnds = new int[8];
  private int authorCount;
  private final Text arxiv = new Text(16);
  private boolean hasArxiv;
  private final Text published = new Text(16);
  private boolean hasPublished;

  public RecordView() {
    this(64, 512, 4096);
  }

  private RecordView(int keyBytes, int titleBytes, int abstractBytes) {
    key = new Text(keyBytes);
    title = new Text(titleBytes);
    abstractText = new Text(abstractBytes);
    urlText = abstractText;
  }

  /**
   * A view whose buffers start at the size of {@code record}'s text, for views kept in numbers
   * (records handed between threads) rather than one reused for every record.
   */
  public static RecordView sized(RecordView record) {
    return new RecordView(record.key.length(), record.title.length(), record.abstractText.length());
  }

  /** A view sized for {@link #copyHeadFrom} of {@code record}: its key and title. */
  public static RecordView headSized(RecordView record) {
    return new RecordView(record.key.length(), record.title.length(), 0);
  }

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

  /**
   * The text the links are spans of: the abstract, where the parser finds them, or a text of
   * their own when they were given whole (records read back from a file that lists them).
   */
  public Text urlText() {
    return urlText;
  }

  /** Start offset of link {@code i} inside {@link #urlText()}. */
  public int urlStart(int i) {
    return urlStarts[i];
  }

  /** End offset (exclusive) of link {@code i} inside {@link #urlText()}. */
  public int urlEnd(int i) {
    return urlEnds[i];
  }

  public String url(int i) {
    return urlText.substring(urlStarts[i], urlEnds[i]);
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
    urlText = abstractText;
  }

  /** Adds a link given whole, not found in the abstract: from here on the links have a text of their own. */
  public void addUrl(String url) {
    if (urlText != ownUrls) {
      ownUrls.clear();
      for (int i = 0; i < urlCount; i++) {
        int start = ownUrls.length();
        ownUrls.append(abstractText.bytes(), urlStarts[i], urlEnds[i] - urlStarts[i], Utf8.countCodePoints(abstractText.bytes(), urlStarts[i], urlEnds[i]));
        urlStarts[i] = start;
        urlEnds[i] = ownUrls.length();
      }
      urlText = ownUrls;
    }
    int start = ownUrls.length();
    ownUrls.append(url);
    addUrl(start, ownUrls.length());
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

  // ---- what only a data source knows: authors, arXiv id, publication date ----

  /**
   * Forgets the authors, the arXiv id and the publication date, which a pasted digest never
   * names: a view reused for the next record must not keep the last one's.
   */
  public void clearPaperData() {
    authors.clear();
    authorCount = 0;
    hasArxiv = false;
    arxiv.clear();
    hasPublished = false;
    published.clear();
  }

  public int authorCount() {
    return authorCount;
  }

  /** Every author's name back to back; name {@code i} is {@code [authorStart(i), authorEnd(i))}. */
  public Text authorText() {
    return authors;
  }

  public int authorStart(int i) {
    return i == 0 ? 0 : authorEnds[i - 1];
  }

  public int authorEnd(int i) {
    return authorEnds[i];
  }

  public String author(int i) {
    return authors.substring(authorStart(i), authorEnds[i]);
  }

  public List<String> authors() {
    List<String> list = new ArrayList<>(authorCount);
    for (int i = 0; i < authorCount; i++) {
      list.add(author(i));
    }
    return list;
  }

  public void addAuthor(String name) {
    authors.append(name);
    endAuthor();
  }

  /** Ends the name appended to {@link #authorText()} since the last one ended. */
  public void endAuthor() {
    if (authorCount == authorEnds.length) {
      authorEnds = Arrays.copyOf(authorEnds, authorCount * 2);
    }
    authorEnds[authorCount++] = authors.length();
  }

  /** The arXiv identifier without version, or {@code null} when unknown. */
  public Text arxiv() {
    return hasArxiv ? arxiv : null;
  }

  /** Sets the arXiv identifier; {@code null} makes it unknown. */
  public void setArxiv(String id) {
    arxiv.clear();
    hasArxiv = id != null;
    if (hasArxiv) {
      arxiv.append(id);
    }
  }

  /** Sets the arXiv identifier to the UTF-8 bytes {@code b[off, off + len)}. */
  public void setArxiv(byte[] b, int off, int len) {
    arxiv.clear();
    arxiv.append(b, off, len, Utf8.countCodePoints(b, off, off + len));
    hasArxiv = true;
  }

  /** The first publication date as {@code YYYY-MM-DD}, or {@code null} when unknown. */
  public Text published() {
    return hasPublished ? published : null;
  }

  /** Sets the publication date ({@code YYYY-MM-DD}); {@code null} makes it unknown. */
  public void setPublished(String day) {
    published.clear();
    hasPublished = day != null;
    if (hasPublished) {
      published.append(day);
    }
  }

  /** Sets the publication date to the UTF-8 bytes {@code b[off, off + len)} ({@code YYYY-MM-DD}). */
  public void setPublished(byte[] b, int off, int len) {
    published.clear();
    published.append(b, off, len, Utf8.countCodePoints(b, off, off + len));
    hasPublished = true;
  }

  /**
   * Makes this view an exact copy of {@code other}, reusing this view's buffers: a record handed
   * from the thread that parsed it to the one that writes it.
   */
  public void copyFrom(RecordView other) {
    key.copyFrom(other.key);
    title.copyFrom(other.title);
    abstractText.copyFrom(other.abstractText);
    setDate(other.date());
    ownUrls.copyFrom(other.ownUrls);
    urlText = other.urlText == other.ownUrls ? ownUrls : abstractText;
    if (urlStarts.length < other.urlCount) {
      urlStarts = new int[other.urlStarts.length];
      urlEnds = new int[other.urlEnds.length];
    }
    System.arraycopy(other.urlStarts, 0, urlStarts, 0, other.urlCount);
    System.arraycopy(other.urlEnds, 0, urlEnds, 0, other.urlCount);
    urlCount = other.urlCount;
    source = other.source;
    sourceUtf8 = other.sourceUtf8;
    line = other.line;
    authors.copyFrom(other.authors);
    if (authorEnds.length < other.authorCount) {
      authorEnds = new int[other.authorEnds.length];
    }
    System.arraycopy(other.authorEnds, 0, authorEnds, 0, other.authorCount);
    authorCount = other.authorCount;
    arxiv.copyFrom(other.arxiv);
    hasArxiv = other.hasArxiv;
    published.copyFrom(other.published);
    hasPublished = other.hasPublished;
  }

  /**
   * Copies what a run decides with (key, title, source, line) and clears the rest: for a record
   * whose fields were already formatted on the thread that parsed it ({@code -j}), which the run
   * only gives a unique key and passes on.
   */
  public void copyHeadFrom(RecordView other) {
    key.copyFrom(other.key);
    title.copyFrom(other.title);
    abstractText.clear();
    setDate(null);
    clearUrls();
    clearPaperData();
    source = other.source;
    sourceUtf8 = other.sourceUtf8;
    line = other.line;
  }

  /** Bytes this view's buffers hold, used or not: a view grown by one huge record is worth dropping. */
  public int capacity() {
    return key.capacity() + title.capacity() + abstractText.capacity() + ownUrls.capacity() + authors.capacity();
  }

  public Record toRecord() {
    return new Record(
        key.toString(),
        title.toString(),
        abstractText.toString(),
        urls(),
        hasDate ? date.toString() : null,
        source,
        line,
        authors(),
        hasArxiv ? arxiv.toString() : null,
        hasPublished ? published.toString() : null);
  }
}
