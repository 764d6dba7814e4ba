package dev.digest.keys;

import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.util.Set;

/**
 * The base citation key of a title, Better BibTeX's habit: the short name before a colon
 * ({@code EDTalk: ...} gives {@code edtalk}), else the first three significant words
 * ({@code scaleEfficientTraining}); ASCII letters and digits only.
 */
public final class KeyBuilder {
  private static final Set<String> INSIGNIFICANT =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of", "on",
          "onto", "or", "over", "per", "so", "than", "the", "through", "to", "toward", "towards", "up",
          "upon", "via", "versus", "vs", "with", "within", "without", "yet");
  private static final String UNTITLED = "untitled";
  private static final int WORDS = 3;

  private final StringBuilder folded = new StringBuilder(128);
  private final String[] words = new String[WORDS];
  private final String[] firstWords = new String[WORDS];

  /** Writes the base key of {@code title} into {@code key}. */
  public void build(Text title, Text key) {
    key.clear();
    byte[] b = title.bytes();
    int len = title.length();
    int colon = indexOf(b, len, (byte) ':');
    if (colon > 0 && !hasWhitespace(b, colon) && fold(b, colon) && hasAsciiAlnum(folded)) {
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        if (c != ' ') {
          key.appendAscii(Character.toLowerCase(c));
        }
      }
      return;
    }
    fold(b, len);
    threeWords(key);
  }

  /** Convenience for callers that hold a {@code String}. */
  public String build(String title) {
    Text key = new Text(64);
    build(Text.of(title), key);
    return key.toString();
  }

  private void threeWords(Text key) {
    int significant = 0;
    int any = 0;
    int i = 0;
    int n = folded.length();
    while (i < n && significant < WORDS) {
      while (i < n && folded.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && folded.charAt(i) != ' ') {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = folded.substring(start, i);
      if (any < WORDS) {
        firstWords[any++] = word;
      }
      if (!INSIGNIFICANT.contains(lower(word))) {
        words[significant++] = word;
      }
    }
    String[] chosen = significant > 0 ? words : firstWords;
    int count = significant > 0 ? significant : any;
    if (count == 0) {
      for (int k = 0; k < UNTITLED.length(); k++) {
        key.appendAscii(UNTITLED.charAt(k));
      }
      return;
    }
    for (int w = 0; w < count; w++) {
      String word = chosen[w];
      for (int k = 0; k < word.length(); k++) {
        char c = word.charAt(k);
        if (w == 0) {
          c = Character.toLowerCase(c);
        } else if (k == 0) {
          c = Character.toUpperCase(c);
        }
        key.appendAscii(c);
      }
    }
  }

  /**
   * Folds {@code b[0, end)} into {@link #folded}: ASCII letters and digits, with a space for each
   * word break. True when the result holds any letter or digit.
   */
  private boolean fold(byte[] b, int end) {
    folded.setLength(0);
    int i = 0;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          folded.append((char) c);
        } else if (c != '\'') {
          breakWord();
        }
        i++;
        continue;
      }
      int cp = Utf8.codePointAt(b, i, end);
      i += Utf8.sequenceLength(b[i]);
      String ascii = Transliteration.fold(cp);
      if (ascii == null) {
        breakWord();
      } else {
        folded.append(ascii);
      }
    }
    return hasAsciiAlnum(folded);
  }

  private void breakWord() {
    int n = folded.length();
    if (n > 0 && folded.charAt(n - 1) != ' ') {
      folded.append(' ');
    }
  }

  private static boolean hasAsciiAlnum(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWhitespace(byte[] b, int end) {
    int i = 0;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        if (c <= ' ' && (c == ' ' || (c >= 0x09 && c <= 0x0D))) {
          return true;
        }
        i++;
      } else {
        int cp = Utf8.codePointAt(b, i, end);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
          return true;
        }
        i += Utf8.sequenceLength(b[i]);
      }
    }
    return false;
  }

  private static int indexOf(byte[] b, int len, byte target) {
    for (int i = 0; i < len; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  private static String lower(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return word.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return word;
  }
}
