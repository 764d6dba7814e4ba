package dev.digest.parse;

import dev.digest.run.DigestReader;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digest.model.Record;
import dev.digest.model.RecordView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser on raw bytes. Whatever the bytes, a run either gives records that keep every promise
 * of the README ({@link ParsedRecordChecks}) or stops with the one documented input error, {@link
 * DigestInputException}; any other exception is a bug. A second run under a small record limit
 * must give a prefix of the same records, none longer than the limit.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the saved inputs in {@code ParserFuzzTestInputs/rawBytes/}
 * (excerpts of the samples, the hazard and anomaly digests, and every past finding) as plain tests.
 * To fuzz: {@code bench/fuzz.sh parser MINUTES}.
 */
class ParserFuzzTest {
  private static final int SMALL_LIMIT = 200;

  @FuzzTest(maxDuration = "5m")
  void rawBytes(byte[] input) throws IOException {
    List<Record> records = parse(input, ParseOptions.defaults().maxRecordChars());
    List<Record> limited = parse(input, SMALL_LIMIT);

    assertThat(limited.size()).as("records under --max-record %d", SMALL_LIMIT).isLessThanOrEqualTo(records.size());
    assertThat(records.subList(0, limited.size())).isEqualTo(limited);
    for (Record r : limited) {
      assertThat(r.title().codePointCount(0, r.title().length()) + r.abstractText().codePointCount(0, r.abstractText().length()))
          .as("characters of a record under --max-record %d", SMALL_LIMIT)
          .isLessThanOrEqualTo(SMALL_LIMIT);
    }
  }

  /** The records of one run, checked as they come, up to the end or to an input error. */
  private static List<Record> parse(byte[] input, int maxRecordChars) throws IOException {
    ParseOptions options = ParseOptions.builder().maxRecordChars(maxRecordChars).build();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Record> records = new ArrayList<>();
    ParsedRecordChecks checks = new ParsedRecordChecks();
    try (DigestReader reader = new DigestReader(List.of(InputSource.bytes("fuzz.txt", input)), options, false, diagnostics::add)) {
      while (reader.advance()) {
        RecordView r = reader.current();
        checks.check(r);
        records.add(r.toRecord());
      }
    } catch (DigestInputException e) {
      assertThat(e.source()).isEqualTo("fuzz.txt");
      assertThat(e.problem()).isNotBlank();
    }
    for (Diagnostic d : diagnostics) {
      assertThat(d.line()).as(d.format()).isPositive();
      assertThat(d.source()).isEqualTo("fuzz.txt");
    }
    return records;
  }
}
