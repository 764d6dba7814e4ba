package dev.digest.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.parse.GeneratedDigests;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.SnapshotDamage;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run on several threads gives exactly what a run on one gives: the same records with the same
 * keys, the same warnings at the same places among them, the same inputs started and finished, and
 * the same error after the same records. Checked at 1, 2, 3 and 8 jobs with pieces small enough to
 * cut every input at every digest boundary, and with a piece limit so small that inputs go on as
 * streams, on the samples, the fixtures, the fuzz corpora, runs of many inputs (with failing ones
 * among them) and generated digests.
 */
class ParallelReadingTest {
  private static final int[] JOBS = {1, 2, 3, 8};
  /** Piece size and most a piece holds: cut everywhere, cut often, cut rarely, and streams. */
  private static final int[][] PIECES = {{1, 1 << 20}, {64, 1 << 20}, {4096, 1 << 20}, {16, 200}};
  private static final ParseOptions OPTIONS = ParseOptions.builder().maxRecordChars(4096).build();

  static Stream<Arguments> realInputs() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String dir :
        List.of(
            "samples",
            "samples/api",
            "src/test/resources/snapshot",
            "src/test/resources/hazards",
            "src/test/resources/anomalies",
            "src/test/resources/dev/digest/parse/ParserFuzzTestInputs/rawBytes",
            "src/test/resources/dev/digest/source/JsonReadersFuzzTestInputs",
            "src/test/resources/golden/bibtex",
            "src/test/resources/golden/ris",
            "src/test/resources/golden/csv",
            "src/test/resources/golden/tsv",
            "src/test/resources/golden/csljson")) {
      for (Path f : files(Paths.get(dir))) {
        cases.add(Arguments.of(f.toString(), List.of(f)));
      }
    }
    cases.add(Arguments.of("every sample in one run", files(Paths.get("samples"))));
    List<Path> all = new ArrayList<>(files(Paths.get("samples")));
    all.addAll(files(Paths.get("samples/api")));
    all.addAll(files(Paths.get("src/test/resources/hazards")));
    cases.add(Arguments.of("samples, API responses and hazards in one run", all));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realInputs")
  void realInputsGiveWhatOneThreadGives(String name, List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    for (Path p : paths) {
      inputs.add(new Input(p.toString(), read(p)));
    }
    assertSameAtEveryJobCount(name, inputs, false);
    assertSameAtEveryJobCount(name + " --dedupe", inputs, true);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 150).mapToObj(i -> 7919L * i + 3);
  }

  /** Runs of one to five generated digests, now and then with a JSON input, a missing file or binary input among them. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedRunsGiveWhatOneThreadGives(long seed) {
    Random r = new Random(seed);
    List<Input> inputs = new ArrayList<>();
    int count = 1 + r.nextInt(5);
    for (int i = 0; i < count; i++) {
      int pick = r.nextInt(20);
      String name = "in" + i + ".txt";
      if (pick == 0) {
        inputs.add(Input.missing(name));
      } else if (pick == 1) {
        inputs.add(new Input(name, new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3}));
      } else if (pick == 2) {
        inputs.add(new Input(name, "{\"title\": \"A JSON record\", \"abstract\": \"Its text.\"}\n".getBytes(StandardCharsets.UTF_8)));
      } else {
        inputs.add(new Input(name, GeneratedDigests.generate(r)));
      }
    }
    assertSameAtEveryJobCount("seed " + seed, inputs, r.nextBoolean());
  }

  @Test
  void standardInputIsCutAsAFileIs() {
    List<Input> inputs = List.of(new Input("-", read(Paths.get("samples/daily-papers-apr23.txt"))), new Input("b.txt", read(Paths.get("samples/papers-compact-1.txt"))));
    assertSameAtEveryJobCount("stdin then a file", inputs, true);
  }

  @Test
  void theGeneratedRunsHoldFailuresAndManyInputs() {
    int failing = 0;
    int several = 0;
    for (long seed : seeds().toList()) {
      Random r = new Random(seed);
      List<Input> inputs = new ArrayList<>();
      int count = 1 + r.nextInt(5);
      several += count > 2 ? 1 : 0;
      for (int i = 0; i < count; i++) {
        int pick = r.nextInt(20);
        failing += pick <= 1 ? 1 : 0;
        if (pick > 2) {
          GeneratedDigests.generate(r);
        }
      }
    }
    assertThat(failing).as("runs with a missing or binary input").isGreaterThan(10);
    assertThat(several).as("runs of three inputs or more").isGreaterThan(50);
  }

  private static void assertSameAtEveryJobCount(String name, List<Input> inputs, boolean dedupe) {
    String sequential = run(inputs, dedupe, 1, null);
    for (int jobs : JOBS) {
      for (int[] pieces : PIECES) {
        assertThat(run(inputs, dedupe, jobs, pieces))
            .as("%s at -j %d, pieces of %d bytes (at most %d)", name, jobs, pieces[0], pieces[1])
            .isEqualTo(sequential);
      }
    }
  }

  static Stream<Arguments> snapshots() {
    List<Arguments> cases = new ArrayList<>();
    for (String variant : List.of("LF", "CRLF", "BOM")) {
      cases.add(Arguments.of(variant, -1L));
    }
    for (long seed = 0; seed < 60; seed++) {
      cases.add(Arguments.of("LF", seed));
    }
    return cases.stream();
  }

  /**
   * An arXiv snapshot file is read in shares, a task each, that start where an item starts: the
   * same records, lines and first error as one thread, on the fixture (LF, CR LF, a byte-order
   * mark) and on seeded damage, with shares of 8 bytes (one an item) to 32 KiB.
   */
  @ParameterizedTest(name = "{0} damaged by seed {1}")
  @MethodSource("snapshots")
  void aSnapshotReadInSharesGivesWhatOneThreadGives(String variant, long seed, @TempDir Path tmp) throws IOException {
    byte[] fixture = Files.readAllBytes(Paths.get("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl"));
    byte[] bytes = seed < 0
        ? SnapshotDamage.variant(fixture, variant)
        : SnapshotDamage.damage(SnapshotDamage.head(fixture, 12), new Random(seed));
    Path file = Files.write(tmp.resolve("snapshot.jsonl"), bytes);
    Input snapshot = Input.file(file);
    List<Input> inputs = List.of(snapshot, new Input("after.txt", read(Paths.get("samples/daily-papers-mar13.txt"))), snapshot);
    assertSameAtEveryJobCount("snapshot " + variant + " " + seed, inputs, false);
    assertSameAtEveryJobCount("snapshot " + variant + " " + seed + " --dedupe", inputs, true);
  }

  /** Everything a run tells, in the order it tells it. */
  private static String run(List<Input> inputs, boolean dedupe, int jobs, int[] pieces) {
    StringBuilder log = new StringBuilder();
    List<InputSource> sources = inputs.stream().map(Input::source).toList();
    try (DigestReader reader = new DigestReader(sources, OPTIONS, dedupe, d -> log.append("warning ").append(d.format()).append('\n'))) {
      reader.setJobs(jobs);
      if (pieces != null) {
        reader.setParallelPieces(pieces[0], pieces[1]);
      }
      reader.setInputListener(
          new DigestReader.InputListener() {
            @Override
            public void started(InputSource input) {
              log.append("start ").append(input.name()).append('\n');
            }

            @Override
            public void finished(InputSource input) {
              log.append("end ").append(input.name()).append('\n');
            }
          });
      try {
        while (reader.advance()) {
          RecordView v = reader.current();
          log.append("record ").append(v.toRecord()).append('\n');
        }
      } catch (IOException | RuntimeException e) {
        log.append("error ").append(e.getClass().getSimpleName()).append(' ').append(e.getMessage()).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.toString();
  }

  /** An input given as bytes, or a file (its bytes null), opened afresh for each run. */
  private record Input(String name, byte[] bytes, Path file) {
    Input(String name, byte[] bytes) {
      this(name, bytes, null);
    }

    static Input missing(String name) {
      return new Input(name, null, Paths.get("no-such-folder", name));
    }

    static Input file(Path file) {
      return new Input(file.getFileName().toString(), null, file);
    }

    InputSource source() {
      return bytes == null ? InputSource.file(file, name) : InputSource.bytes(name, bytes);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
  }
}
