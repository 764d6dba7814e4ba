package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * Every writer on arbitrary records ({@link FuzzedRecord}): no exception, output that is UTF-8
 * and that an independent reader of the format accepts, and every field read back to exactly the
 * record's text, but for the changes the README documents (bibtex and ris write tabs and line
 * breaks as spaces; {@code --csv-safe} puts an apostrophe before a formula).
 *
 * <p>Without {@code JAZZER_FUZZ} each target runs its saved inputs in {@code
 * WriterFuzzTestInputs/<target>/} as plain tests. To fuzz: {@code bench/fuzz.sh TARGET MINUTES}.
 */
class WriterFuzzTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final JsonSchema CSL_SCHEMA = cslSchema();
  private static final Key ABSTRACT = new Key("abstract");
  private static final Key EPRINT = new Key("eprint");
  private static final Key ARCHIVE_PREFIX = new Key("archivePrefix");

  @FuzzTest(maxDuration = "5m")
  void json(FuzzedDataProvider data) throws IOException {
    boolean lines = data.consumeBoolean();
    WriterOptions options = new WriterOptions(fields(data), !lines && data.consumeBoolean());
    List<FuzzedRecord> records = FuzzedRecord.from(data, false);
    String out = write(lines ? Format.JSONL : Format.JSON, options, records);

    List<JsonNode> objects = new ArrayList<>();
    if (lines) {
      assertThat(out).endsWith("\n");
      for (String line : out.substring(0, out.length() - 1).split("\n", -1)) {
        objects.add(JSON.readTree(line));
      }
    } else {
      JSON.readTree(out).forEach(objects::add);
      if (!options.pretty()) {
        assertThat(out.split("\n", -1)).as("one record a line between [ and ]").hasSize(records.size() + 3);
      }
    }
    assertThat(objects).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      assertJsonHolds(objects.get(i), records.get(i), options.fields());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void csv(FuzzedDataProvider data) throws IOException {
    WriterOptions options = new WriterOptions(fields(data), false, data.consumeBoolean());
    List<FuzzedRecord> records = FuzzedRecord.from(data, false);
    String out = write(Format.CSV, options, records);

    CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CSVRecord> rows = csvRows(out, rfc4180, options.fields());
    assertThat(rows).hasSameSizeAs(records);
    for (int i = 0; i < rows.size(); i++) {
      for (Field f : options.fields()) {
        String text = cell(records.get(i), f);
        // The line is a number, not text a spreadsheet could run: --csv-safe leaves "-5" alone.
        String expected = options.csvSafe() && f != Field.LINE && startsFormula(text) ? "'" + text : text;
        assertThat(rows.get(i).get(f.fieldName())).as("%s of record %d", f.fieldName(), i).isEqualTo(expected);
      }
    }
    // Readers that skip blank lines or trim unquoted cells (Python's csv.DictReader, Commons CSV's
    // DEFAULT) must read the same rows.
    CSVFormat lenient = rfc4180.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
    List<CSVRecord> lenientRows = csvRows(out, lenient, options.fields());
    assertThat(lenientRows).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(lenientRows.get(i).values()).as("row %d read by a lenient reader", i).isEqualTo(rows.get(i).values());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void tsv(FuzzedDataProvider data) throws IOException {
    List<Field> fields = fields(data);
    List<FuzzedRecord> records = FuzzedRecord.from(data, false);
    String out = write(Format.TSV, new WriterOptions(fields, false), records);

    assertThat(out).endsWith("\n").doesNotContain("\r");
    String[] lines = out.substring(0, out.length() - 1).split("\n", -1);
    assertThat(lines).hasSize(records.size() + 1);
    for (int i = 0; i <= records.size(); i++) {
      String[] cells = lines[i].split("\t", -1);
      assertThat(cells).as("line %d", i + 1).hasSameSizeAs(fields);
      for (int c = 0; c < cells.length; c++) {
        Field f = fields.get(c);
        String expected = i == 0 ? f.fieldName() : cell(records.get(i - 1), f);
        assertThat(TsvCells.unescape(cells[c])).as("%s on line %d", f.fieldName(), i + 1).isEqualTo(expected);
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void bibtex(FuzzedDataProvider data) throws Exception {
    List<FuzzedRecord> records = FuzzedRecord.from(data, true);
    String out = write(Format.BIBTEX, WriterOptions.DEFAULTS, records);

    List<BibTeXEntry> entries = BibtexStrictParser.entries(out);
    assertThat(entries).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      FuzzedRecord r = records.get(i);
      BibTeXEntry entry = entries.get(i);
      assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
      assertThat(entry.getKey().getValue()).isEqualTo(r.key);
      assertThat(bibtexField(entry, BibTeXEntry.KEY_KEY)).isEqualTo(r.key);
      assertDecodes(entry, BibTeXEntry.KEY_TITLE, r.title);
      if (r.abstractText.isEmpty()) {
        assertThat(entry.getField(ABSTRACT)).as("an empty abstract is left out").isNull();
      } else {
        assertDecodes(entry, ABSTRACT, r.abstractText);
      }
      if (r.date == null) {
        assertThat(entry.getField(BibTeXEntry.KEY_NOTE)).isNull();
      } else {
        assertDecodes(entry, BibTeXEntry.KEY_NOTE, r.date);
      }
      assertBibtexPaperFields(entry, r);
      if (r.arxiv != null) {
        assertThat(bibtexField(entry, BibTeXEntry.KEY_URL)).isEqualTo(PaperFieldExpectations.arxivPage(r.arxiv));
      } else if (r.urls.isEmpty()) {
        assertThat(entry.getField(BibTeXEntry.KEY_URL)).isNull();
      } else {
        // Written as is (biber reads url verbatim), so it must need no escape and carry no control.
        // A caret is percent-encoded (TeX could read it as a character code).
        assertThat(bibtexField(entry, BibTeXEntry.KEY_URL)).isEqualTo(r.urls.get(0).replace("^", "%5E")).doesNotContain("{", "}", "\\");
        assertThat(LatexDecoder.expected(r.urls.get(0))).as("url holds no control character").isEqualTo(r.urls.get(0));
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void ris(FuzzedDataProvider data) throws IOException {
    List<FuzzedRecord> records = FuzzedRecord.from(data, false);
    String out = write(Format.RIS, WriterOptions.DEFAULTS, records);

    for (String line : out.split("\r\n", -1)) {
      assertThat(RisExpectations.oneLine(line)).as("a RIS line holds no other line break").isEqualTo(line);
    }
    List<Map<String, List<String>>> entries = RisTagReader.readTags(out);
    assertThat(entries).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      RisExpectations.assertHolds(entries.get(i), records.get(i));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void csljson(FuzzedDataProvider data) throws IOException {
    List<FuzzedRecord> records = FuzzedRecord.from(data, false);
    String out = write(Format.CSLJSON, WriterOptions.DEFAULTS, records);

    JsonNode items = JSON.readTree(out);
    assertThat(CSL_SCHEMA.validate(items)).isEmpty();
    assertThat(items).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      FuzzedRecord r = records.get(i);
      JsonNode item = items.get(i);
      assertThat(item.get("id").textValue()).isEqualTo(r.key);
      assertThat(item.get("type").textValue()).isEqualTo("article");
      assertThat(item.get("title").textValue()).isEqualTo(r.title);
      assertThat(textOrNull(item, "abstract")).isEqualTo(r.abstractText.isEmpty() ? null : r.abstractText);
      String url = r.arxiv != null ? PaperFieldExpectations.arxivPage(r.arxiv) : r.urls.isEmpty() ? null : r.urls.get(0);
      assertThat(textOrNull(item, "URL")).isEqualTo(url);
      assertThat(textOrNull(item, "note")).isEqualTo(r.date);
      assertThat(textOrNull(item, "DOI")).isEqualTo(r.arxiv == null ? null : "10.48550/arXiv." + r.arxiv);
      assertThat(textOrNull(item, "number")).isEqualTo(r.arxiv == null ? null : "arXiv:" + r.arxiv);
      assertThat(textOrNull(item, "publisher")).isEqualTo(r.arxiv == null ? null : "arXiv");
      List<Map<String, String>> names = new ArrayList<>();
      if (item.has("author")) {
        item.get("author").forEach(n -> names.add(JSON.convertValue(n, new TypeReference<Map<String, String>>() {})));
      }
      assertThat(names).isEqualTo(PaperFieldExpectations.namedAuthors(r).stream().map(PaperFieldExpectations::cslName).toList());
      LocalDate day = PaperFieldExpectations.day(r);
      if (day == null) {
        assertThat(item.has("issued")).isFalse();
      } else {
        assertThat(item.get("issued").toString()).isEqualTo("{\"date-parts\":[[" + day.getYear() + "," + day.getMonthValue() + "," + day.getDayOfMonth() + "]]}");
      }
      int expectedSize =
          2 + (r.abstractText.isEmpty() ? 1 : 2) + (url == null ? 0 : 1) + (r.date == null ? 0 : 1) + (r.arxiv == null ? 0 : 3)
              + (names.isEmpty() ? 0 : 1) + (day == null ? 0 : 1);
      assertThat(item.size()).isEqualTo(expectedSize);
    }
  }

  /** Writes the records and returns the output, which must be well-formed UTF-8. */
  static String write(Format format, WriterOptions options, List<FuzzedRecord> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter writer = format.writer(out, options);
    writer.begin();
    for (FuzzedRecord r : records) {
      writer.write(r.view);
    }
    writer.end();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(format.formatName() + " output is not well-formed UTF-8", e);
    }
  }

  /** All fields, or some in any order, as {@code --fields} allows. */
  private static List<Field> fields(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      return Field.all();
    }
    return data.pickValues(Field.all(), data.consumeInt(1, Field.all().size()));
  }

  /** What a delimited cell holds: links joined with a space, a null date empty, the line in decimal. */
  private static String cell(FuzzedRecord r, Field f) {
    switch (f) {
      case KEY:
        return r.key;
      case TITLE:
        return r.title;
      case ABSTRACT:
        return r.abstractText;
      case URLS:
        return r.joinedUrls();
      case DATE:
        return r.dateCell();
      case SOURCE:
        return r.source;
      case LINE:
        return Integer.toString(r.line);
      case AUTHORS:
        return r.joinedAuthors();
      case ARXIV:
        return r.arxiv == null ? "" : r.arxiv;
      case PUBLISHED:
        return r.published == null ? "" : r.published;
      default:
        throw new IllegalArgumentException("field " + f);
    }
  }

  private static void assertJsonHolds(JsonNode object, FuzzedRecord r, List<Field> fields) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    assertThat(names).as("fields in --fields order").isEqualTo(fields.stream().map(Field::fieldName).toList());
    for (Field f : fields) {
      JsonNode v = object.get(f.fieldName());
      switch (f) {
        case URLS -> {
          List<String> urls = new ArrayList<>();
          v.forEach(u -> urls.add(u.textValue()));
          assertThat(urls).isEqualTo(r.urls);
        }
        case DATE -> assertThat(v.isNull() ? null : v.textValue()).isEqualTo(r.date);
        case ARXIV -> assertThat(v.isNull() ? null : v.textValue()).isEqualTo(r.arxiv);
        case PUBLISHED -> assertThat(v.isNull() ? null : v.textValue()).isEqualTo(r.published);
        case AUTHORS -> {
          List<String> authors = new ArrayList<>();
          v.forEach(n -> authors.add(n.textValue()));
          assertThat(authors).isEqualTo(r.authors);
        }
        case LINE -> assertThat(v.isInt() ? v.intValue() : null).isEqualTo(r.line);
        default -> assertThat(v.textValue()).as(f.fieldName()).isEqualTo(cell(r, f));
      }
    }
  }

  private static List<CSVRecord> csvRows(String csv, CSVFormat format, List<Field> fields) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      assertThat(parser.getHeaderNames()).isEqualTo(fields.stream().map(Field::fieldName).toList());
      List<CSVRecord> rows = parser.getRecords();
      for (CSVRecord row : rows) {
        assertThat(row.size()).as("cells in row %d", row.getRecordNumber()).isEqualTo(fields.size());
      }
      return rows;
    }
  }

  /** A cell a spreadsheet would run as a formula (README, {@code --csv-safe}). */
  private static boolean startsFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** The field's LaTeX balances as BibTeX counts braces and decodes to the text, controls as spaces. */
  private static void assertDecodes(BibTeXEntry entry, Key name, String text) {
    String value = bibtexField(entry, name);
    assertThat(LatexDecoder.bracesBalanceForBibtex(value)).as("braces of %s: %s", name, value).isTrue();
    assertThat(LatexDecoder.decode(value)).as("%s decoded", name).isEqualTo(LatexDecoder.expected(text));
  }

  /** Authors, year and month, and the arXiv fields, each present exactly when the record has it. */
  private static void assertBibtexPaperFields(BibTeXEntry entry, FuzzedRecord r) {
    List<String> named = PaperFieldExpectations.namedAuthors(r);
    if (named.isEmpty()) {
      assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR)).isNull();
    } else {
      String value = bibtexField(entry, BibTeXEntry.KEY_AUTHOR);
      assertThat(LatexDecoder.bracesBalanceForBibtex(value)).as("braces of author: %s", value).isTrue();
      List<String> parts = PaperFieldExpectations.bibtexNames(value);
      assertThat(parts).as("names BibTeX reads in %s", value).hasSameSizeAs(named);
      for (int i = 0; i < parts.size(); i++) {
        assertThat(PaperFieldExpectations.hasTopLevelComma(parts.get(i))).as("a comma BibTeX would read in %s", parts.get(i)).isFalse();
        assertThat(parts.get(i).trim()).as("a name BibTeX reads as et al.").isNotEqualTo("others");
        String words = String.join(" ", PaperFieldExpectations.words(named.get(i)));
        assertThat(LatexDecoder.decode(parts.get(i))).as("name %d of %s", i, value).isEqualTo(words);
      }
    }
    LocalDate day = PaperFieldExpectations.day(r);
    if (day == null) {
      assertThat(entry.getField(BibTeXEntry.KEY_YEAR)).isNull();
      assertThat(entry.getField(BibTeXEntry.KEY_MONTH)).isNull();
    } else {
      assertThat(bibtexField(entry, BibTeXEntry.KEY_YEAR)).isEqualTo(Integer.toString(day.getYear()));
      Value month = entry.getField(BibTeXEntry.KEY_MONTH);
      // A macro, not a string: jbibtex resolves the ones it knows (ReferenceValue) and keeps the others as a name.
      assertThat(month).as("month is a macro").isInstanceOfAny(KeyValue.class, ReferenceValue.class);
      String macro = month instanceof ReferenceValue ? ((ReferenceValue) month).getValue().getString() : ((KeyValue) month).getString();
      assertThat(macro).isEqualTo(day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT));
    }
    if (r.arxiv == null) {
      assertThat(entry.getField(EPRINT)).isNull();
      assertThat(entry.getField(ARCHIVE_PREFIX)).isNull();
      assertThat(entry.getField(BibTeXEntry.KEY_DOI)).isNull();
    } else {
      assertDecodes(entry, EPRINT, r.arxiv);
      assertThat(bibtexField(entry, ARCHIVE_PREFIX)).isEqualTo("arXiv");
      assertDecodes(entry, BibTeXEntry.KEY_DOI, "10.48550/arXiv." + r.arxiv);
    }
  }

  private static String bibtexField(BibTeXEntry entry, Key name) {
    Value v = entry.getField(name);
    assertThat(v).as("field %s", name).isNotNull();
    return v.toUserString();
  }

  private static String textOrNull(JsonNode item, String name) {
    JsonNode value = item.get(name);
    return value == null ? null : value.textValue();
  }

  private static JsonSchema cslSchema() {
    try (InputStream in = WriterFuzzTest.class.getResourceAsStream("/schemas/csl-data.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
