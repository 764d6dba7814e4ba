package dev.digest.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Full-text search of a library: SQLite FTS5 query syntax over titles and abstracts (words,
 * {@code "a phrase"}, {@code OR}, {@code NOT}, {@code prefix*}, {@code title:word}), best matches
 * first by FTS5's bm25 rank, ties in the order added.
 */
public final class LibrarySearch {
  private static final String QUERY =
      "SELECT " + LibraryReader.FIELDS + " FROM papers_fts JOIN papers ON papers.id = papers_fts.rowid"
          + " WHERE papers_fts MATCH ? ORDER BY bm25(papers_fts), papers.id LIMIT ?";

  private LibrarySearch() {}

  /**
   * The best {@code limit} matches of {@code query} in the library at {@code path}. A query FTS5
   * cannot parse surfaces as a {@link QuerySyntaxException} from the first {@link
   * LibraryReader#advance()}.
   */
  public static LibraryReader search(Path path, String name, String query, int limit) throws IOException {
    return LibraryReader.open(
        path,
        name,
        QUERY,
        q -> {
          q.setString(1, query);
          q.setInt(2, limit);
        },
        true);
  }
}
