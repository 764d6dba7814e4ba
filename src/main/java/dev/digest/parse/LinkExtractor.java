package dev.digest.parse;

import dev.digest.model.RecordView;
import dev.digest.model.Swar;
import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the http(s) links of an abstract: in order, without the sentence punctuation that ends
 * them ({@code .,;:!?} and quotes, and a closing bracket that the link does not open), without
 * duplicates. A link runs to white space or to a character a link cannot hold unescaped.
 */
public final class LinkExtractor {
  private static final long COLONS = Swar.broadcast(':');

  /** Beyond this many links an abstract's links are compared through a hash set, not one by one. */
  private static final int LINEAR_LIMIT = 32;

  private LinkExtractor() {}

  /** Sets the links of {@code into} to those {@code abstractText} holds (spans of it). */
  public static void extract(Text abstractText, RecordView into) {
    into.clearUrls();
    if (!abstractText.mayHold(Text.LINK)) {
      return;
    }
    Set<String> many = null;
    byte[] b = abstractText.bytes();
    int len = abstractText.length();
    int i = 0;
    while ((i = nextColon(b, i, len)) >= 0) {
      int schemeStart = schemeStart(b, i);
      if (schemeStart < 0 || i + 3 >= len || b[i + 1] != '/' || b[i + 2] != '/') {
        i++;
        continue;
      }
      int end = i + 3;
      while (end < len && !endsLink(b, end, len)) {
        end++;
      }
      end = trimTrailing(b, i + 3, end);
      if (end > i + 3) {
        if (into.urlCount() == LINEAR_LIMIT && many == null) {
          many = new HashSet<>(into.urls());
        }
        boolean seen =
            many == null
                ? alreadyFound(into, b, schemeStart, end)
                : !many.add(new String(b, schemeStart, end - schemeStart, StandardCharsets.UTF_8));
        if (!seen) {
          into.addUrl(schemeStart, end);
        }
      }
      i = Math.max(end, i + 3);
    }
  }

  /** Index of the next {@code :} at or after {@code from}, eight bytes at a time; -1 if none. */
  private static int nextColon(byte[] b, int from, int len) {
    int i = from;
    for (; i + 8 <= len; i += 8) {
      long t = Swar.equalBytes(Swar.load(b, i), COLONS);
      if (t != 0) {
        return i + Swar.firstMarked(t);
      }
    }
    for (; i < len; i++) {
      if (b[i] == ':') {
        return i;
      }
    }
    return -1;
  }

  /** Start of {@code http} or {@code https} (any case) that ends right before the colon, or -1. */
  private static int schemeStart(byte[] b, int colon) {
    int s;
    if (colon >= 5 && (b[colon - 1] | 0x20) == 's' && matchesHttp(b, colon - 5)) {
      s = colon - 5;
    } else if (colon >= 4 && matchesHttp(b, colon - 4)) {
      s = colon - 4;
    } else {
      return -1;
    }
    return s > 0 && Furniture.isAsciiLetterOrDigit(b[s - 1]) ? -1 : s;
  }

  private static boolean matchesHttp(byte[] b, int at) {
    return (b[at] | 0x20) == 'h' && (b[at + 1] | 0x20) == 't' && (b[at + 2] | 0x20) == 't' && (b[at + 3] | 0x20) == 'p';
  }

  private static boolean endsLink(byte[] b, int i, int len) {
    int c = b[i];
    if (c >= 0) {
      // White space, and characters RFC 3986 does not allow in a link: LaTeX remnants (href or url
      // commands with the link in braces) then give the bare link.
      return c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '\\' || c == 0x7F;
    }
    return Whitespace.leading(b, i, len) > 0 || isC1ControlOrSeparator(b, i, len);
  }

  /**
   * U+0080 to U+009F (NEL among them) and the line and paragraph separators U+2028, U+2029: white
   * space or control characters that no link holds, though a line may (only LF and CR end one).
   */
  private static boolean isC1ControlOrSeparator(byte[] b, int i, int len) {
    int c = b[i] & 0xFF;
    if (c == 0xC2) {
      return i + 1 < len && (b[i + 1] & 0xFF) <= 0x9F;
    }
    return c == 0xE2 && i + 2 < len && (b[i + 1] & 0xFF) == 0x80 && ((b[i + 2] & 0xFF) == 0xA8 || (b[i + 2] & 0xFF) == 0xA9);
  }

  private static int trimTrailing(byte[] b, int hostStart, int end) {
    while (end > hostStart) {
      int c = b[end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"') {
        end--;
      } else if (c < 0) {
        int start = end - 1;
        while (start > hostStart && (b[start] & 0xC0) == 0x80) {
          start--;
        }
        if (!isTrailingPunctuation(Utf8.codePointAt(b, start, end))) {
          break;
        }
        end = start;
      } else if ((c == ')' && unbalanced(b, hostStart, end, '(', ')'))
          || (c == ']' && unbalanced(b, hostStart, end, '[', ']'))
          || (c == '}' && unbalanced(b, hostStart, end, '{', '}'))) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** Closing quotes, ellipses, full stops and brackets of other scripts: {@code ” … 。 ）}. */
  private static boolean isTrailingPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.OTHER_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.END_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean unbalanced(byte[] b, int from, int to, char open, char close) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      if (b[k] == open) {
        depth++;
      } else if (b[k] == close) {
        depth--;
      }
    }
    return depth < 0;
  }

  private static boolean alreadyFound(RecordView v, byte[] b, int start, int end) {
    for (int k = 0; k < v.urlCount(); k++) {
      if (Arrays.equals(b, v.urlStart(k), v.urlEnd(k), b, start, end)) {
        return true;
      }
    }
    return false;
  }
}
