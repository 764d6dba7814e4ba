package dev.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * One paper of a digest, as handed out by the library: the ten fields every output has.
 *
 * @param key citation key, unique within one run
 * @param title the title as written
 * @param abstractText the abstract as written, {@code ""} when missing
 * @param urls the http(s) links of the abstract, in order, without duplicates
 * @param date the digest's date line as written, or {@code null}
 * @param source the input as named by the caller ({@code -} for standard input)
 * @param line 1-based line of the title in its source
 * @param authors the authors' names in order, empty when the source names none (a pasted digest)
 * @param arxiv the arXiv identifier without version, or {@code null}
 * @param published the first publication date as {@code YYYY-MM-DD}, or {@code null}
 */
public record Record(
    String key,
    String title,
    String abstractText,
    List<String> urls,
    String date,
    String source,
    int line,
    List<String> authors,
    String arxiv,
    String published) {

  public Record {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    urls = List.copyOf(urls);
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors);
  }

  /** A record of a pasted digest, which names no authors, arXiv id or publication date. */
  public Record(String key, String title, String abstractText, List<String> urls, String date, String source, int line) {
    this(key, title, abstractText, urls, date, source, line, List.of(), null, null);
  }
}
