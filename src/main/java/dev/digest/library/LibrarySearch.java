package dev.digest.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Full-text search of a library: SQLite FTS5 query syntax over titles and abstracts (words,
 * {@code "a phrase"}, {@code OR}, {@code NOT}, {@code prefix*}, {@code title:word}), best matches
 * first by FTS5's bm25 rank, ties in the order added.
 */
public final class LibrarySearch {
  /**
   * The best matches are found in the index alone, and only they are read from {@code papers}: a
   * common word matches a large part of a large library, whose rows would otherwise all be read to
   * be sorted. FTS5's {@code rank} is its bm25.
   */
  private static final String QUERY =
      "SELECT " + LibraryReader.FIELDS + " FROM (SELECT rowid, rank FROM papers_fts WHERE papers_fts MATCH ?"
          + " ORDER BY rank, rowid LIMIT ?) AS best JOIN papers ON papers.id = best.rowid ORDER BY best.rank, papers.id";

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
