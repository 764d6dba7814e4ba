package dev.digest.keys;

import dev.digest.model.Text;

/**
 * What a library a run adds to already holds ({@code --append} to a file, a database): the keys a
 * new record must not take, compared without regard to case as BibTeX compares them, and the
 * titles {@code --dedupe} drops, compared as {@link SeenTitles} compares them. A file's holdings
 * are read into memory ({@link HeldInMemory}); a database answers from its indexes, so that a
 * library of millions of records costs a run no memory.
 */
public interface Holdings {
  /** A library that holds nothing: a run on its own. */
  Holdings NONE =
      new Holdings() {
        @Override
        public boolean holdsKey(String key) {
          return false;
        }

        @Override
        public boolean holdsTitle(Text title) {
          return false;
        }
      };

  /** Whether {@code key}, in any case, is taken by a record the library holds. */
  boolean holdsKey(String key);

  /** Whether the library holds a record whose title equals {@code title} as {@code --dedupe} compares titles. */
  boolean holdsTitle(Text title);
}
