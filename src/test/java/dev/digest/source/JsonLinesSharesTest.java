package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.PieceLines;
import dev.digest.parse.ParseOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An arXiv snapshot read in shares ({@link JsonLinesShares}), each share from its own start to the
 * end of the bytes with the limit of the next share's start and the lines of the shares before,
 * gives the records of the whole file read at once, line numbers included, and stops at the same
 * first error with the same line and message: on the snapshot fixture, cut at every place a share
 * may start and at seeded random subsets of them, with CRLF line ends, a byte-order mark, and on
 * seeded random damage to the file (a byte dropped or added, a line split or joined, an item's
 * brace taken away or doubled), the damage that makes an item run over a share's start included.
 */
class JsonLinesSharesTest {
  private static final ParseOptions OPTIONS = ParseOptions.builder().sourceName("snapshot.jsonl").build();

  @Test
  void aShareStartsOnlyAtABraceAndQuoteThatBeginALineAfterALineEndingInABrace() {
    assertThat(JsonLinesShares.startsAt('x', '}', '\n', '{', '"')).isTrue();
    assertThat(JsonLinesShares.startsAt('}', '\r', '\n', '{', '"')).isTrue();
    assertThat(JsonLinesShares.startsAt(-1, '}', '\n', '{', '"')).isTrue();
    assertThat(JsonLinesShares.startsAt('x', '}', '\n', '{', 0)).as("{ and a zero byte: UTF-16 to Jackson").isFalse();
    assertThat(JsonLinesShares.startsAt('x', '}', '\n', '{', '}')).as("an empty object").isFalse();
    assertThat(JsonLinesShares.startsAt('}', '\n', '\n', '{', '"')).as("after a blank line").isFalse();
    assertThat(JsonLinesShares.startsAt('x', '}', ' ', '{', '"')).as("no line end").isFalse();
    assertThat(JsonLinesShares.startsAt('x', ']', '\n', '{', '"')).as("after an array").isFalse();
    assertThat(JsonLinesShares.startsAt('x', '}', '\n', ' ', '"')).as("an indented line").isFalse();
    assertThat(JsonLinesShares.startsAt('x', '\r', '\n', '{', '"')).as("CR LF after no brace").isFalse();
    assertThat(JsonLinesShares.splits(InputKinds.PASTED_TEXT)).isFalse();
    assertThat(JsonLinesShares.splits(new ArxivSnapshotKind())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LF", "CRLF", "BOM"})
  void theFixtureCutAtEveryShareStartGivesTheWholeFilesRecords(String variant) throws IOException {
    byte[] file = SnapshotDamage.variant(fixture(), variant);
    Outcome whole = whole(file);
    assertThat(whole.error).isNull();
    assertThat(whole.records).hasSize(61);
    List<Integer> starts = shareStarts(file);
    assertThat(starts).hasSize(60);

    assertThat(shared(file, starts, true)).isEqualTo(whole);
    assertThat(shared(file, starts, false)).isEqualTo(whole);
    Random random = new Random(variant.hashCode());
    for (int i = 0; i < 20; i++) {
      List<Integer> some = new ArrayList<>(starts.stream().filter(s -> random.nextInt(4) == 0).toList());
      assertThat(shared(file, some, i % 2 == 0)).as("cut at %s", some).isEqualTo(whole);
    }
  }

  @Test
  void anItemThatRunsOverAShareStartIsReadWholeByTheShareItStartsIn() throws IOException {
    // Not valid JSON (a comma is missing inside the first item), but where the whole file's parse
    // stops is where the first share's parse stops, not where a fresh parse of line 2 would.
    byte[] file =
        ("{\"id\":\"1\",\"title\":\"A\",\"abstract\":\"a\",\"extra\":{\"x\":1}\n"
                + "{\"id\":\"2\",\"title\":\"B\",\"abstract\":\"b\"}\n"
                + "{\"id\":\"3\",\"title\":\"C\",\"abstract\":\"c\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    Outcome whole = whole(file);
    assertThat(whole.error).contains("snapshot.jsonl:2:");
    assertThat(shareStarts(file)).hasSize(2);
    assertThat(shared(file, shareStarts(file), true)).isEqualTo(whole);
    assertThat(shared(file, shareStarts(file), false)).isEqualTo(whole);
  }

  @Test
  void aPlaceInJacksonsMessageIsToldFromTheProblemsLineInEveryShare() throws IOException {
    byte[] file =
        ("{\"id\":\"1\",\"title\":\"A\",\"abstract\":\"a\"}\n"
                + "{\"id\":\"2\",\"title\":\"B\",\"abstract\":\"b\"}\n"
                + "{\"id\":\"3\",\"title\":\"C\",\"abstract\":\"c\",\"x\":[1,\n2}\n"
                + "{\"id\":\"4\",\"title\":\"D\",\"abstract\":\"d\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    Outcome whole = whole(file);
    assertThat(whole.error).isEqualTo("snapshot.jsonl:4: the JSON does not parse: Unexpected close marker '}': expected ']' (for Array starting at column 42, 1 line before)");
    // Shares start at lines 2, 3 and 5 (after "2}"): the problem is met in the share of lines 3 and 4.
    List<Integer> starts = shareStarts(file);
    assertThat(starts).hasSize(3);
    assertThat(shared(file, starts, true)).isEqualTo(whole);
    assertThat(shared(file, starts, false)).isEqualTo(whole);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x5eed_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aDamagedSnapshotGivesTheSameRecordsAndFirstErrorInShares(long seed) throws IOException {
    Random random = new Random(seed);
    byte[] file = SnapshotDamage.damage(SnapshotDamage.head(fixture(), 8), random);
    Outcome whole = whole(file);
    List<Integer> starts = shareStarts(file);
    assertThat(shared(file, starts, true)).as("cut at every share start %s", starts).isEqualTo(whole);
    assertThat(shared(file, starts, false)).as("cut at every share start %s, numbered after", starts).isEqualTo(whole);
    List<Integer> some = new ArrayList<>(starts.stream().filter(s -> random.nextBoolean()).toList());
    assertThat(shared(file, some, seed % 2 == 0)).as("cut at %s", some).isEqualTo(whole);
  }

  /** What a read gave: its records, and its error as {@code source:line: problem}, or null. */
  record Outcome(List<Record> records, String error) {}

  private static Outcome whole(byte[] file) throws IOException {
    List<Record> records = new ArrayList<>();
    try (ArxivSnapshotReader r = ArxivSnapshotReader.open(new ByteArrayInputStream(file), OPTIONS)) {
      while (r.advance()) {
        records.add(r.current().toRecord());
      }
    } catch (DigestInputException e) {
      return new Outcome(records, said(e));
    }
    return new Outcome(records, null);
  }

  /**
   * The shares starting at 0 and at each of {@code starts}, read in turn as a splitting reader
   * reads them: each told the lines before it ({@code numbered}, as a Spark task reads its share),
   * or each numbering its lines from its own first and put in place afterwards, as {@code -j} and
   * Spark's planning job do ({@link PieceLines}).
   */
  private static Outcome shared(byte[] file, List<Integer> starts, boolean numbered) throws IOException {
    List<Record> records = new ArrayList<>();
    List<Integer> from = new ArrayList<>();
    from.add(0);
    from.addAll(starts);
    PieceLines lines = new PieceLines();
    int linesBefore = 0;
    for (int i = 0; i < from.size(); i++) {
      int start = from.get(i);
      long limit = i + 1 < from.size() ? from.get(i + 1) - start : -1;
      ByteArrayInputStream in = new ByteArrayInputStream(file, start, file.length - start);
      try (PieceSource share = JsonLinesShares.open(in, OPTIONS, numbered ? linesBefore : 0, limit)) {
        while (share.advance()) {
          if (!numbered) {
            lines.placeRecord(share.current());
          }
          records.add(share.current().toRecord());
        }
        linesBefore += share.linesRead();
        lines.pieceRead(share.linesRead(), true);
      } catch (DigestInputException e) {
        return new Outcome(records, said(numbered ? e : (DigestInputException) lines.place(e)));
      }
    }
    return new Outcome(records, null);
  }

  private static String said(DigestInputException e) {
    return e.source() + ":" + e.line() + ": " + e.problem();
  }

  private static List<Integer> shareStarts(byte[] b) {
    List<Integer> starts = new ArrayList<>();
    for (int p = 1; p < b.length; p++) {
      if (JsonLinesShares.startsAt(p >= 3 ? b[p - 3] : -1, p >= 2 ? b[p - 2] : -1, b[p - 1], b[p], p + 1 < b.length ? b[p + 1] : -1)) {
        starts.add(p);
      }
    }
    return starts;
  }

  private static byte[] fixture() throws IOException {
    return Files.readAllBytes(ArxivSnapshotReaderTest.SNAPSHOT);
  }
}
