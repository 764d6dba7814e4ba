package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut past the normaliser never skips a letter that decomposes to ASCII. */
class TransliterationRangeTest {

  @Test
  void everyLetterWhoseDecompositionHoldsAsciiIsInTheRanges() {
    List<String> missed = new ArrayList<>();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isLetterOrDigit(cp) && !Transliteration.mayDecomposeToAscii(cp) && decomposesToAscii(cp)) {
        missed.add(Integer.toHexString(cp));
      }
    }
    assertThat(missed).isEmpty();
  }

  private static boolean decomposesToAscii(int cp) {
    String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
      }
    }
    return false;
  }
}
