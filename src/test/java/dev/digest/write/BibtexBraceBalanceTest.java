package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random text over an alphabet rich in LaTeX specials, capitals, white space, ligature halves and
 * non-ASCII, with fixed seeds: every field of every entry keeps its braces balanced as BibTeX
 * counts them (every brace, escaped or not), jbibtex parses the file, and each value decodes back
 * to exactly its text.
 */
class BibtexBraceBalanceTest {
  private static final int RECORDS = 300;
  private static final int[] ALPHABET =
      ("aeoxyzAEGLZ09 \t\n\\{}{}$%&#_^~-`'?!<>,.:;()\"@=" + "éλΛΜ深😀\u00A0\u0085\u0001\u007F“’ǅ")
          .codePoints()
          .toArray();
  private static final String[] FRAGMENTS = {
    "\\input{/etc/passwd}", "^^5c", "\\csname", "{\\name}", "}{", "{{", "}}", "--", "---", "``", "''", "?`", "!`", "<<", ">>", ",,", "  ",
    "G_{stack}", "50\\%", "$α$", "vTrain:", "a: b", "\\Foo",
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void randomTextBalancesAndDecodesBack(long seed) throws Exception {
    Random random = new Random(seed);
    List<String[]> texts = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter writer = Format.BIBTEX.writer(out, WriterOptions.DEFAULTS);
    writer.begin();
    for (int n = 0; n < RECORDS; n++) {
      String[] t = {randomText(random), randomText(random), random.nextBoolean() ? randomText(random) : null};
      texts.add(t);
      RecordView r = BibtexRecordWriterTest.record("k" + n, t[0], t[1], t[2]);
      writer.write(r);
    }
    writer.end();
    String bib = out.toString(StandardCharsets.UTF_8);

    List<BibTeXEntry> entries = BibtexStrictParser.entries(bib);

    assertThat(entries).hasSize(RECORDS);
    for (int n = 0; n < RECORDS; n++) {
      BibTeXEntry entry = entries.get(n);
      String[] t = texts.get(n);
      assertThat(entry.getKey().getValue()).isEqualTo("k" + n);
      checkValue(entry, BibTeXEntry.KEY_TITLE, t[0]);
      if (t[1].isEmpty()) {
        assertThat(entry.getField(new Key("abstract"))).as("an empty abstract is left out").isNull();
      } else {
        checkValue(entry, new Key("abstract"), t[1]);
      }
      if (t[2] != null) {
        checkValue(entry, BibTeXEntry.KEY_NOTE, t[2]);
      } else {
        assertThat(entry.getField(BibTeXEntry.KEY_NOTE)).isNull();
      }
    }
  }

  private static void checkValue(BibTeXEntry entry, Key name, String text) {
    String value = entry.getField(name).toUserString();
    assertThat(LatexDecoder.bracesBalanceForBibtex(value)).as("%s of %s: %s", name, entry.getKey(), value).isTrue();
    assertThat(LatexDecoder.decode(value)).as("%s of %s from %s", name, entry.getKey(), value).isEqualTo(LatexDecoder.expected(text));
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(60);
    while (sb.length() < length) {
      if (random.nextInt(8) == 0) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      } else {
        sb.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
    }
    return sb.toString();
  }
}
