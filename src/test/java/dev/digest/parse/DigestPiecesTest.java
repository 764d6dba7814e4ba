package dev.digest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An input cut into pieces at digest boundaries, each piece parsed by a parser of its own, gives
 * exactly what the whole input gives: the same records (line numbers included) and the same
 * warnings in the same order, or the same error after the same records. Checked on the samples,
 * every pair of them joined as {@code cat} joins them, the fixtures, the fuzz seeds and generated
 * digests, with pieces small enough to cut at every boundary.
 */
class DigestPiecesTest {
  private static final int[] TARGETS = {1, 5, 64, 1000, 65536};
  private static final ParseOptions OPTIONS = ParseOptions.builder().sourceName("t.txt").maxRecordChars(4096).build();

  static Stream<Arguments> realInputs() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Path> samples = files(Paths.get("samples"));
    for (Path a : samples) {
      cases.add(Arguments.of(a.getFileName().toString(), Files.readAllBytes(a)));
      for (Path b : samples) {
        cases.add(Arguments.of("cat " + a.getFileName() + " " + b.getFileName(), concat(Files.readAllBytes(a), Files.readAllBytes(b))));
      }
    }
    for (String dir : List.of("src/test/resources/hazards", "src/test/resources/anomalies", "src/test/resources/dev/digest/parse/ParserFuzzTestInputs/rawBytes")) {
      for (Path f : files(Paths.get(dir))) {
        cases.add(Arguments.of(f.toString(), Files.readAllBytes(f)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realInputs")
  void piecesOfARealInputGiveWhatTheWholeGives(String name, byte[] input) {
    String whole = parseWhole(input);
    for (int target : TARGETS) {
      assertThat(parseInPieces(input, target)).as("%s in pieces of %d bytes", name, target).isEqualTo(whole);
    }
  }

  @Test
  void samplesJoinedByCatAreCutAtEveryDigest() throws IOException {
    byte[] all = new byte[0];
    for (Path p : files(Paths.get("samples"))) {
      all = concat(all, Files.readAllBytes(p));
    }
    // Four digests, joined with glued headers (three samples lack a final newline): three cuts.
    assertThat(pieces(all, 1)).hasSize(4);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 500).mapToObj(i -> 104729L * i + 17);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void piecesOfAGeneratedInputGiveWhatTheWholeGives(long seed) {
    byte[] input = GeneratedDigests.generate(new Random(seed));
    String whole = parseWhole(input);
    for (int target : TARGETS) {
      assertThat(parseInPieces(input, target)).as("seed %d, pieces of %d bytes:%n%s", seed, target, new String(input, StandardCharsets.UTF_8)).isEqualTo(whole);
    }
  }

  @Test
  void theGeneratedInputsHoldErrorsWarningsAndCuts() {
    int errors = 0;
    int warned = 0;
    int cut = 0;
    for (long seed : seeds().toList()) {
      byte[] input = GeneratedDigests.generate(new Random(seed));
      String whole = parseWhole(input);
      errors += whole.contains("\nerror ") || whole.startsWith("error ") ? 1 : 0;
      warned += whole.contains(": warning: ") ? 1 : 0;
      cut += pieces(input, 1).size() > 1 ? 1 : 0;
    }
    assertThat(errors).as("inputs that end in an error").isGreaterThan(10);
    assertThat(warned).as("inputs with warnings").isGreaterThan(100);
    assertThat(cut).as("inputs cut at least once").isGreaterThan(250);
  }

  @Test
  void anInputWithNoBoundaryWithinReachGoesOnAsAStream() throws IOException {
    byte[] input = ("Title One\n\n" + "An abstract sentence. ".repeat(2000) + "\n").getBytes(StandardCharsets.UTF_8);
    try (DigestPieces pieces = new DigestPieces(new ByteArrayInputStream(input), 100, 1000)) {
      DigestPieces.Piece only = pieces.next();
      assertThat(only.streams()).isTrue();
      assertThat(pieces.next()).isNull();
      assertThat(only.open().readAllBytes()).isEqualTo(input);
    }
  }

  @Test
  void aBoundaryOnAnInputsLastLineIsFoundWithoutALineEnd() {
    byte[] input = "Title One\n\nAbstract one. It ends.\n\nnew".getBytes(StandardCharsets.UTF_8);
    assertThat(pieces(input, 1)).hasSize(2);
    assertThat(parseInPieces(input, 1)).isEqualTo(parseWhole(input));
  }

  /**
   * The records of the whole input in order, then its error if it has one, then its warnings in
   * order. Records and warnings are two streams (stdout and stderr): each keeps its order, and
   * when a warning is told relative to the records around it is the pull API's business.
   */
  private static String parseWhole(byte[] input) {
    StringBuilder out = new StringBuilder();
    StringBuilder warnings = new StringBuilder();
    try {
      DigestParser parser = DigestParser.open(new ByteArrayInputStream(input), OPTIONS, d -> warnings.append(d.format()).append('\n'));
      drain(parser, out);
    } catch (DigestInputException e) {
      out.append("error ").append(e.getMessage()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(warnings).toString();
  }

  private static String parseInPieces(byte[] input, int target) {
    StringBuilder out = new StringBuilder();
    StringBuilder warnings = new StringBuilder();
    PieceLines lines = new PieceLines();
    try (DigestPieces pieces = new DigestPieces(DigestParser.decode(new ByteArrayInputStream(input), OPTIONS), target, Math.max(target, 1 << 20))) {
      DigestPieces.Piece piece;
      while ((piece = pieces.next()) != null) {
        DigestParser parser = DigestParser.openPiece(piece, OPTIONS, d -> warnings.append(lines.place(d).format()).append('\n'));
        try {
          drain(parser, out, lines);
        } catch (DigestInputException e) {
          throw (DigestInputException) lines.place(e);
        }
        lines.pieceRead(parser.linesRead(), piece.endsWithLineEnd());
      }
    } catch (DigestInputException e) {
      out.append("error ").append(e.getMessage()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append(warnings).toString();
  }

  private static List<DigestPieces.Piece> pieces(byte[] input, int target) {
    List<DigestPieces.Piece> list = new ArrayList<>();
    try (DigestPieces pieces = new DigestPieces(new ByteArrayInputStream(input), target, 1 << 20)) {
      DigestPieces.Piece p;
      while ((p = pieces.next()) != null) {
        list.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list;
  }

  private static void drain(DigestParser parser, StringBuilder out) throws IOException {
    drain(parser, out, new PieceLines());
  }

  private static void drain(DigestParser parser, StringBuilder out, PieceLines lines) throws IOException {
    while (parser.advance()) {
      RecordView v = parser.current();
      lines.placeRecord(v);
      out.append(v.line()).append(" | ").append(v.title()).append(" | ").append(v.abstractText()).append(" | ")
          .append(v.urls()).append(" | ").append(v.date()).append('\n');
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
