package dev.digest.parse;

import static dev.digest.parse.Digests.bytes;
import static dev.digest.parse.Digests.concat;
import static dev.digest.parse.Digests.failure;
import static dev.digest.parse.Digests.parse;
import static dev.digest.parse.Digests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: bytes are UTF-8 unless the encoding option says otherwise; a byte-order mark selects
 * its encoding, even over the option; invalid bytes, NUL and compressed data are errors naming
 * the file and the line.
 */
class EncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] UTF8_BOM = bytes(0xEF, 0xBB, 0xBF);
  private static final byte[] UTF16LE_BOM = bytes(0xFF, 0xFE);
  private static final byte[] UTF16BE_BOM = bytes(0xFE, 0xFF);

  /** Text every tested encoding can hold (windows-1252 and ISO-8859-1 too). */
  private static final String LATIN =
      """
      new

      Apr 23

      Écrire: Naïve Generation of Text

      Ça marche très bien. Les résultats sont déjà là.
      """;

  /** Text beyond ISO-8859-1: curly quotes, the euro sign, œ. */
  private static final String WIDER =
      """
      new

      Cœur: “Quoted” Costs in €

      It costs 50 €. It’s “cheap”.
      """;

  private static ParseOptions encoding(Charset charset) {
    return ParseOptions.builder().encoding(charset).build();
  }

  private static void assertLatin(Run run) {
    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple(
                "ecrire",
                "Écrire: Naïve Generation of Text",
                "Ça marche très bien. Les résultats sont déjà là.",
                "Apr 23",
                5));
    assertThat(run.diagnostics()).isEmpty();
  }

  private static void assertWider(Run run) {
    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple("coeur", "Cœur: “Quoted” Costs in €", "It costs 50 €. It’s “cheap”.", 3));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void utf8ByDefault() {
    assertLatin(parse(utf8(LATIN)));
    assertWider(parse(utf8(WIDER)));
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    assertLatin(parse(concat(UTF8_BOM, utf8(LATIN))));
  }

  @Test
  void utf16LeByteOrderMarkSelectsUtf16Le() {
    assertLatin(parse(concat(UTF16LE_BOM, LATIN.getBytes(StandardCharsets.UTF_16LE))));
    assertWider(parse(concat(UTF16LE_BOM, WIDER.getBytes(StandardCharsets.UTF_16LE))));
  }

  @Test
  void utf16BeByteOrderMarkSelectsUtf16Be() {
    assertLatin(parse(concat(UTF16BE_BOM, LATIN.getBytes(StandardCharsets.UTF_16BE))));
    assertWider(parse(concat(UTF16BE_BOM, WIDER.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void byteOrderMarkWinsOverTheEncodingOption() {
    assertWider(parse(concat(UTF8_BOM, utf8(WIDER)), encoding(WINDOWS_1252)));
    assertWider(parse(concat(UTF8_BOM, utf8(WIDER)), encoding(StandardCharsets.ISO_8859_1)));
    assertWider(parse(concat(UTF16LE_BOM, WIDER.getBytes(StandardCharsets.UTF_16LE)), encoding(WINDOWS_1252)));
    assertWider(parse(concat(UTF16BE_BOM, WIDER.getBytes(StandardCharsets.UTF_16BE)), encoding(StandardCharsets.UTF_8)));
    assertLatin(parse(concat(UTF16LE_BOM, LATIN.getBytes(StandardCharsets.UTF_16LE)), encoding(StandardCharsets.UTF_16BE)));
  }

  @Test
  void windows1252Input() {
    assertLatin(parse(LATIN.getBytes(WINDOWS_1252), encoding(WINDOWS_1252)));
    assertWider(parse(WIDER.getBytes(WINDOWS_1252), encoding(WINDOWS_1252)));
  }

  @Test
  void iso88591Input() {
    assertLatin(parse(LATIN.getBytes(StandardCharsets.ISO_8859_1), encoding(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void utf16WithoutByteOrderMarkFollowsTheOption() {
    assertWider(parse(WIDER.getBytes(StandardCharsets.UTF_16LE), encoding(StandardCharsets.UTF_16LE)));
  }

  @Test
  void latin1BytesReadAsUtf8AreAnError() {
    DigestInputException e = failure(LATIN.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).startsWith("t.txt:5: ");
  }

  @Test
  void bytesNotValidInTheNamedEncodingAreAnError() {
    // 0x81 is not assigned in windows-1252.
    byte[] input = concat(utf8("new\n\nA Title\n\nAn abstract "), bytes(0x81), utf8(" here. It has text.\n"));
    DigestInputException e = failure(input, encoding(WINDOWS_1252));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).startsWith("t.txt:5: ");
  }

  @Test
  void nonAsciiBytesInAsciiInputAreAnError() {
    DigestInputException e = failure(LATIN.getBytes(StandardCharsets.ISO_8859_1), encoding(StandardCharsets.US_ASCII));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void unpairedSurrogateInUtf16IsAnError() {
    byte[] input =
        concat(
            UTF16LE_BOM,
            "new\n\nA Title\n\nAn abstract ".getBytes(StandardCharsets.UTF_16LE),
            bytes(0x00, 0xD8, 0x41, 0x00),
            " here. It has text.\n".getBytes(StandardCharsets.UTF_16LE));
    DigestInputException e = failure(input);

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(5);
  }

  static Stream<Arguments> invalidUtf8() {
    return Stream.of(
        Arguments.of("overlong slash C0 AF", bytes(0xC0, 0xAF)),
        Arguments.of("overlong C1 81", bytes(0xC1, 0x81)),
        Arguments.of("overlong three bytes E0 80 AF", bytes(0xE0, 0x80, 0xAF)),
        Arguments.of("overlong four bytes F0 80 80 AF", bytes(0xF0, 0x80, 0x80, 0xAF)),
        Arguments.of("high surrogate ED A0 80", bytes(0xED, 0xA0, 0x80)),
        Arguments.of("low surrogate ED BF BF", bytes(0xED, 0xBF, 0xBF)),
        Arguments.of("above U+10FFFF F4 90 80 80", bytes(0xF4, 0x90, 0x80, 0x80)),
        Arguments.of("lone continuation 80", bytes(0x80)),
        Arguments.of("FE", bytes(0xFE)),
        Arguments.of("FF", bytes(0xFF)),
        Arguments.of("truncated E2 82 before ASCII", bytes(0xE2, 0x82, 0x41)),
        Arguments.of("truncated C3 before space", bytes(0xC3, 0x20)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUtf8")
  void invalidUtf8IsAnErrorNamingFileAndLine(String name, byte[] bad) {
    byte[] input =
        concat(utf8("new\n\nApr 23\n\nA Title\n\nAn abstract "), bad, utf8(" here. It has text.\n\nNext Title\n"));
    DigestInputException e = failure(input);

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.getMessage()).startsWith("t.txt:7: ");
    assertThat(e.problem()).isNotBlank();
    assertThat(e.hint()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"E2", "E2 82", "F0 9F 98", "C3"})
  void utf8TruncatedAtTheEndOfTheInputIsAnError(String tail) {
    byte[] cut = new byte[tail.split(" ").length];
    for (int i = 0; i < cut.length; i++) {
      cut[i] = (byte) Integer.parseInt(tail.split(" ")[i], 16);
    }
    byte[] input = concat(utf8("new\n\nA Title\n\nAn abstract. It ends in "), cut);
    DigestInputException e = failure(input);

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void invalidUtf8OnALaterLineNamesThatLine() {
    StringBuilder text = new StringBuilder("new\r\n\r\nApr 23\r\n\r\n");
    for (int i = 0; i < 50; i++) {
      text.append("Title ").append(i).append("\r\n\r\nAbstract ").append(i).append(". It has text.\r\n\r\n");
    }
    // 4 header lines, then 4 lines a record: the next line is line 205.
    byte[] input = concat(utf8(text.toString()), utf8("Bad "), bytes(0xFF), utf8(" Title\r\n"));
    DigestInputException e = failure(input);

    assertThat(e.line()).isEqualTo(205);
  }

  @ParameterizedTest
  @ValueSource(ints = {65534, 65535, 65536})
  void invalidByteInANamedEncodingAfterACrLfAtAChunkBoundaryNamesItsLine(int crAt) {
    StringBuilder text = new StringBuilder("new\r\n\r\n");
    int lines = 2;
    while (text.length() < crAt - 200) {
      text.append("A Title\r\n\r\nAn abstract. It has text.\r\n\r\n");
      lines += 4;
    }
    String padded = "Padded. " + "x".repeat(crAt - text.length() - 9) + ".";
    text.append(padded).append("\r\n");
    lines++;
    assertThat(text.charAt(crAt)).isEqualTo('\r');
    text.append("\r\nA Title\r\n\r\nAn abstract ");
    lines += 3;
    byte[] input = concat(text.toString().getBytes(WINDOWS_1252), bytes(0x81), utf8(" here. It has text.\r\n"));
    DigestInputException e = failure(input, encoding(WINDOWS_1252));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(lines + 1);
  }

  @Test
  void nulByteIsAnError() {
    DigestInputException e = failure(utf8("new\n\nA Title\0\n\nAn abstract. It has text.\n"));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("t.txt:3: ");
  }

  @Test
  void gzipMagicBytesAreAnErrorMentioningZcat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(utf8(LATIN));
    }
    DigestInputException e = failure(out.toByteArray());

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.getMessage()).contains("zcat");
  }

  @Test
  void bareGzipMagicIsAnError() {
    DigestInputException e = failure(bytes(0x1F, 0x8B));

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.getMessage()).contains("zcat");
  }

  @Test
  void oddTrailingByteInUtf16IsAnError() {
    byte[] input = concat(UTF16LE_BOM, WIDER.getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
    DigestInputException e = failure(input);

    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(6);
  }

  @Test
  void byteOrderMarkAloneIsAnEmptyInput() {
    assertThat(parse(UTF8_BOM).records()).isEmpty();
    assertThat(parse(UTF16LE_BOM).records()).isEmpty();
    assertThat(parse(UTF16BE_BOM).records()).isEmpty();
    assertThat(parse(UTF8_BOM).diagnostics()).isEmpty();
  }

  private static final byte[] BOM_BLANK =
      concat(UTF8_BOM, utf8("new\n\nApr 23\n\nBlank Title\n\nBlank abstract. It ends at https://x.org/a."));
  private static final byte[] BOM_COMPACT =
      concat(
          UTF8_BOM,
          utf8(
              "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n"
                  + "SubscribeCompact Title\nCompact abstract. It ends on 128 GPUs."));

  static Stream<Arguments> byteOrderMarkedPairs() {
    return Stream.of(
        Arguments.of("blank, compact", BOM_BLANK, BOM_COMPACT),
        Arguments.of("compact, blank", BOM_COMPACT, BOM_BLANK),
        Arguments.of("blank, blank", BOM_BLANK, BOM_BLANK),
        Arguments.of("compact, compact", BOM_COMPACT, BOM_COMPACT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("byteOrderMarkedPairs")
  void catOfFilesWithUtf8ByteOrderMarksGivesTheSameRecords(String name, byte[] first, byte[] second) {
    Run separately =
        Digests.read(
            List.of(InputSource.bytes("a.txt", first), InputSource.bytes("b.txt", second)), ParseOptions.defaults());
    Run joined = parse(concat(first, second));

    assertThat(separately.records())
        .extracting(Record::abstractText)
        .hasSize(2)
        .allMatch(
            a -> a.equals("Blank abstract. It ends at https://x.org/a.") || a.equals("Compact abstract. It ends on 128 GPUs."));
    assertThat(Digests.contents(joined.records())).isEqualTo(Digests.contents(separately.records()));
    assertThat(joined.diagnostics()).isEmpty();
  }
}
