package dev.digest.keys;

import java.text.Normalizer;

/**
 * Folds a code point to ASCII for citation keys: accents dropped, letters that do not decompose
 * spelled out, apostrophes removed; anything else is a word break.
 */
final class Transliteration {
  /** The code point vanishes without breaking the word (apostrophes, combining marks). */
  static final String DROP = "";

  private Transliteration() {}

  /**
   * False for letters whose canonical decomposition holds no ASCII letter or digit (Greek, CJK, and
   * every script but Latin): those are word breaks without asking the normaliser, whose tables
   * cost a small conversion a noticeable part of its run time to load. A test checks every code
   * point against the normaliser.
   */
  static boolean mayDecomposeToAscii(int cp) {
    return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF) || cp == 0x212A || cp == 0x212B;
  }

  /** Stands for "a word break" in {@link #CACHE}, where null means "not yet asked": no answer holds a space. */
  private static final String BREAK = " ";
  /**
   * Answers for the code points titles are made of (Latin, Greek, Cyrillic, general punctuation),
   * kept once found: the normaliser and the character tables cost a key far more than the lookup.
   * Strings are immutable, so threads that race to fill a slot store the same answer.
   */
  private static final String[] CACHE = new String[0x2100];

  /**
   * The ASCII letters and digits {@code cp} stands for, {@link #DROP}, or null for a word break.
   */
  static String fold(int cp) {
    if (cp >= CACHE.length) {
      return compute(cp);
    }
    String s = CACHE[cp];
    if (s == null) {
      s = compute(cp);
      CACHE[cp] = s == null ? BREAK : s;
      return s;
    }
    return BREAK.equals(s) ? null : s;
  }

  private static String compute(int cp) {
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
        return String.valueOf((char) cp);
      }
      return cp == '\'' ? DROP : null;
    }
    switch (cp) {
      case 0x2019: // right single quotation mark
      case 0x02BC: // modifier letter apostrophe
        return DROP;
      case 0xF8: return "o";
      case 0xD8: return "O";
      case 0xDF: return "ss";
      case 0x1E9E: return "SS";
      case 0xE6: return "ae";
      case 0xC6: return "AE";
      case 0x153: return "oe";
      case 0x152: return "OE";
      case 0x142: return "l";
      case 0x141: return "L";
      case 0x111: return "d";
      case 0x110: return "D";
      case 0xF0: return "d";
      case 0xD0: return "D";
      case 0xFE: return "th";
      case 0xDE: return "TH";
      case 0x131: return "i";
      default:
        break;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
      return DROP;
    }
    if (!Character.isLetterOrDigit(cp) || !mayDecomposeToAscii(cp)) {
      return null;
    }
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    StringBuilder ascii = new StringBuilder(2);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        ascii.append(c);
      }
    }
    return ascii.length() == 0 ? null : ascii.toString();
  }
}
