package dev.digest.keys;

import dev.digest.model.Text;
import java.util.Locale;

/**
 * The holdings of a file read back for {@code --append}: each key and each title kept as a 64-bit
 * hash, a few bytes a record, as a run keeps its own.
 */
public final class HeldInMemory implements Holdings {
  private final LongHashSet keys = new LongHashSet();
  private final LongHashSet titles = new LongHashSet();

  /** Records that the library holds {@code key} (any text a person may have typed, compared ignoring case). */
  public void addKey(String key) {
    keys.add(keyHash(key));
  }

  public void addTitle(Text title) {
    titles.add(SeenTitles.fingerprint(title));
  }

  @Override
  public boolean holdsKey(String key) {
    return keys.contains(keyHash(key));
  }

  @Override
  public boolean holdsTitle(Text title) {
    return titles.contains(SeenTitles.fingerprint(title));
  }

  private static long keyHash(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    long h = Hash64.SEED ^ lower.length();
    for (int i = 0; i < lower.length(); i++) {
      h = Hash64.add(h, lower.charAt(i));
    }
    return Hash64.finish(h);
  }
}
