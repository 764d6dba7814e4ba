package dev.digest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.run.DigestReader;
import dev.digest.testing.DigestProcess;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's code blocks, run as written, so that what it tells a user to type keeps working.
 *
 * <p>Every fenced block of README.md names its kind in its info string, and the kind says whether
 * it runs:
 *
 * <ul>
 *   <li>{@code sh} or {@code bash}: commands typed in a checkout. Run by bash under {@code set -euo
 *       pipefail} in a sandbox checkout (below); the block must exit 0.
 *   <li>{@code console}: a transcript. Each line starting with {@code $ } is a command, the lines up
 *       to the next one are what it prints (stdout and stderr, as a terminal shows them). Each
 *       command runs in turn in the sandbox and must print exactly that. The exit code is not
 *       checked: a transcript shows none, and {@code check} exits 1 when it finds warnings.
 *   <li>{@code java}: a whole compilation unit, as a user would save it in a file: its own imports
 *       and a top-level class. It is compiled for Java 17 against digest's own classes and nothing
 *       else (a user's program sees the library, not our test class path), and when it declares a
 *       {@code main} its first class is run in the sandbox and must exit 0. A fragment of
 *       statements does not compile on its own, which is the point: what the README shows is what
 *       a user can copy.
 *   <li>{@code text}, {@code json}: layouts, syntax and data shown to the reader; never run.
 * </ul>
 *
 * <p>A block of a runnable kind that cannot run here (it clones over the network, or benchmarks for
 * minutes) carries {@code <!-- not run: REASON -->} on the line right before its fence, so readers
 * of the Markdown see the exception and its reason; the test lists it as skipped with that reason.
 * A block with no info string or an unknown one fails the test: whether a block runs must never be
 * left to a default.
 *
 * <p>The sandbox gives the blocks what a user's checkout gives them: {@code ./digest} (here a
 * script running the freshly compiled classes; the real launcher, which builds a jar with Maven, is
 * tested by {@code .ci/launcher-test.sh}), the same on {@code PATH} as {@code digest} (the Quick
 * start suggests linking it there), a copy of {@code samples/}, a {@code digests/} folder of two
 * samples (the folder of digests the recipes assume) and {@code anomalies.txt} (the Warnings
 * transcript's file). {@code HOME} is a folder of its own, so no block touches the real one. Each
 * block gets a fresh sandbox: blocks do not depend on each other's order.
 */
class ReadmeExamplesTest {
  private static final Path README = Paths.get("README.md");
  private static final Path SAMPLES = Paths.get("samples");
  private static final List<String> DIGESTS_FOLDER = List.of("daily-papers-apr23.txt", "papers-compact-1.txt");
  private static final Path ANOMALIES = Paths.get("src/test/resources/anomalies/anomalies.txt");
  /** Only a guard against a hung block; a block takes a few seconds. */
  private static final long PATIENCE_MINUTES = 2;

  private static final Pattern FENCE = Pattern.compile("^(`{3,})\\s*(\\S*).*$");
  private static final Pattern NOT_RUN = Pattern.compile("^<!-- not run: (.*\\S.*) -->$");
  private static final Pattern NOT_RUN_START = Pattern.compile("^<!--\\s*not run\\b.*");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|enum|interface)\\s+(\\w+)", Pattern.MULTILINE);
  private static final Pattern MAIN = Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\(");
  /**
   * Tools a block may use that the JDK and bash do not bring. Without one, its blocks are skipped
   * on a developer's machine (README users are told to have it) and fail in CI, where .ci/run
   * installs it.
   */
  private static final List<String> EXTERNAL_TOOLS = List.of("jq");

  enum Kind {
    SHELL(true, "sh", "bash"),
    TRANSCRIPT(true, "console"),
    JAVA(true, "java"),
    SHOWN(false, "text", "json", "yaml", "scala");

    final boolean runnable;
    final List<String> infoStrings;

    Kind(boolean runnable, String... infoStrings) {
      this.runnable = runnable;
      this.infoStrings = List.of(infoStrings);
    }

    static Kind of(String infoString) {
      for (Kind kind : values()) {
        if (kind.infoStrings.contains(infoString)) {
          return kind;
        }
      }
      return null;
    }
  }

  /**
   * One fenced block.
   *
   * @param line README line of the opening fence; the body's first line is the next one
   * @param kind null when the info string is missing or unknown
   * @param notRunReason null unless a not-run marker stands right before the fence
   */
  record Block(int line, String infoString, Kind kind, String body, String notRunReason) {
    String title() {
      String first = body.lines().findFirst().orElse("").strip();
      return "README.md:" + line + " " + infoString + ": " + (first.length() > 70 ? first.substring(0, 70) + "..." : first);
    }
  }

  /** One command of a transcript and what it prints. */
  record TranscriptStep(int line, String command, String expectedOutput) {}

  @TempDir Path tmp;

  @Test
  void everyBlockSaysWhetherItRuns() throws IOException {
    List<String> lines = Files.readAllLines(README, UTF_8);
    List<Block> blocks = blocks(lines);
    List<String> problems = new ArrayList<>();
    for (Block block : blocks) {
      if (block.kind() == null) {
        problems.add("README.md:" + block.line() + ": info string '" + block.infoString()
            + "' is none of sh, bash, console, java (run), text, json (not run)");
      } else if (block.notRunReason() != null && !block.kind().runnable) {
        problems.add("README.md:" + block.line() + ": a '" + block.infoString() + "' block never runs; drop its not-run marker");
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (NOT_RUN_START.matcher(lines.get(i)).matches()
          && (!NOT_RUN.matcher(lines.get(i)).matches() || i + 1 == lines.size() || !FENCE.matcher(lines.get(i + 1)).matches())) {
        problems.add("README.md:" + (i + 1) + ": write '<!-- not run: REASON -->' on the line right before the block's fence");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(blocks).as("README blocks that run").anyMatch(b -> b.kind() != null && b.kind().runnable && b.notRunReason() == null);
  }

  @TestFactory
  Stream<DynamicTest> everyRunnableBlockRunsAsWritten() throws IOException {
    return blocks(Files.readAllLines(README, UTF_8)).stream()
        .filter(block -> block.kind() != null && block.kind().runnable)
        .map(block -> DynamicTest.dynamicTest(block.title(), () -> run(block)));
  }

  @Test
  void aMarkerRightBeforeAFenceKeepsOnlyThatBlockFromRunning() {
    List<Block> blocks = blocks(List.of(
        "<!-- not run: needs the network -->", "```sh", "git clone x", "```", "", "```sh", "./digest --version", "```",
        "```", "no info string", "```"));

    assertThat(blocks).extracting(Block::line, Block::kind, Block::body, Block::notRunReason).containsExactly(
        tuple(2, Kind.SHELL, "git clone x\n", "needs the network"),
        tuple(6, Kind.SHELL, "./digest --version\n", null),
        tuple(9, null, "no info string\n", null));
  }

  @Test
  void aTranscriptIsCommandsEachFollowedByItsOutput() {
    Block block = new Block(10, "console", Kind.TRANSCRIPT, "$ cat a.txt\nline 1\nline 2\n$ true\n$ echo x\nx\n", null);

    assertThat(transcript(block)).containsExactly(
        new TranscriptStep(11, "cat a.txt", "line 1\nline 2\n"),
        new TranscriptStep(14, "true", ""),
        new TranscriptStep(15, "echo x", "x\n"));
  }

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      int opening = i;
      Pattern closing = Pattern.compile("^`{" + open.group(1).length() + ",}\\s*$");
      StringBuilder body = new StringBuilder();
      for (i++; i < lines.size() && !closing.matcher(lines.get(i)).matches(); i++) {
        body.append(lines.get(i)).append('\n');
      }
      if (i == lines.size()) {
        throw new IllegalStateException("README.md:" + (opening + 1) + ": the block is never closed");
      }
      Matcher marker = opening > 0 ? NOT_RUN.matcher(lines.get(opening - 1)) : null;
      String reason = marker != null && marker.matches() ? marker.group(1).strip() : null;
      String infoString = open.group(2);
      blocks.add(new Block(opening + 1, infoString, Kind.of(infoString), body.toString(), reason));
    }
    return blocks;
  }

  static List<TranscriptStep> transcript(Block block) {
    List<TranscriptStep> steps = new ArrayList<>();
    List<String> lines = block.body().lines().toList();
    for (int i = 0; i < lines.size(); ) {
      if (!lines.get(i).startsWith("$ ")) {
        throw new IllegalStateException("README.md:" + (block.line() + 1 + i) + ": a transcript line that belongs to no '$ ' command");
      }
      int commandLine = i;
      StringBuilder output = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).startsWith("$ "); i++) {
        output.append(lines.get(i)).append('\n');
      }
      steps.add(new TranscriptStep(block.line() + 1 + commandLine, lines.get(commandLine).substring(2), output.toString()));
    }
    return steps;
  }

  private void run(Block block) throws Exception {
    if (block.notRunReason() != null) {
      Assumptions.abort("not run: " + block.notRunReason());
    }
    requireExternalTools(block);
    Path root = Files.createDirectory(tmp.resolve("block-" + block.line()));
    Path checkout = sandbox(root);
    switch (block.kind()) {
      case SHELL -> {
        Path script = Files.writeString(root.resolve("block.sh"), "set -euo pipefail\n" + block.body());
        Outcome outcome = start(List.of("bash", script.toString()), root, checkout, false);
        assertThat(outcome.exitCode()).as("%s exited %d%n%s", block.title(), outcome.exitCode(), outcome).isZero();
      }
      case TRANSCRIPT -> {
        for (TranscriptStep step : transcript(block)) {
          Outcome outcome = start(List.of("bash", "-c", step.command()), root, checkout, true);
          assertThat(outcome.stdout()).as("README.md:%d: output of $ %s", step.line(), step.command()).isEqualTo(step.expectedOutput());
        }
      }
      case JAVA -> compileAndRun(block, root, checkout);
      default -> throw new IllegalStateException("not a runnable kind: " + block.kind());
    }
  }

  private static void requireExternalTools(Block block) {
    for (String tool : EXTERNAL_TOOLS) {
      if (Pattern.compile("\\b" + tool + "\\b").matcher(block.body()).find() && !onPath(tool)) {
        String missing = block.title() + " uses " + tool + ", which is not installed";
        if ("true".equals(System.getenv("CI"))) {
          fail(missing);
        }
        Assumptions.abort(missing);
      }
    }
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Paths.get(dir, tool)));
  }

  /** A user's checkout, as far as the README's blocks look: see the class comment. */
  private static Path sandbox(Path root) throws IOException {
    Files.createDirectory(root.resolve("home"));
    Path checkout = Files.createDirectory(root.resolve("checkout"));
    Path samples = Files.createDirectory(checkout.resolve("samples"));
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path sample : files.toList()) {
        Files.copy(sample, samples.resolve(sample.getFileName()));
      }
    }
    Path digests = Files.createDirectory(checkout.resolve("digests"));
    for (String name : DIGESTS_FOLDER) {
      Files.copy(SAMPLES.resolve(name), digests.resolve(name));
    }
    Files.copy(ANOMALIES, checkout.resolve("anomalies.txt"));
    Path launcher = Files.writeString(checkout.resolve("digest"),
        "#!/usr/bin/env bash\n# digest on the classes under test\nexec "
            + DigestProcess.builder().command().stream().map(ReadmeExamplesTest::shellQuoted).collect(Collectors.joining(" "))
            + " \"$@\"\n");
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    return checkout;
  }

  private static String shellQuoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Compiles the block as the file a user would save it in, against the library alone, and runs
   * its first class when the block has a main.
   */
  private static void compileAndRun(Block block, Path root, Path checkout) throws Exception {
    Matcher type = TOP_LEVEL_TYPE.matcher(block.body());
    if (!type.find()) {
      fail(block.title() + ": a java block must be a whole compilation unit (imports and a top-level class)");
    }
    String typeName = type.group(1);
    Path source = Files.writeString(Files.createDirectory(root.resolve("src")).resolve(typeName + ".java"), block.body());
    Path classes = Files.createDirectory(root.resolve("classes"));
    Path library = Paths.get(DigestReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter compilerOutput = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-cp", library.toString(), "-d", classes.toString());
      compiled = compiler.getTask(compilerOutput, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
    }
    String errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "README.md:" + (block.line() + d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertThat(compiled).as("%s does not compile:%n%s%n%s", block.title(), errors, compilerOutput).isTrue();

    if (MAIN.matcher(block.body()).find()) {
      Matcher pkg = PACKAGE.matcher(block.body());
      String mainClass = (pkg.find() ? pkg.group(1) + "." : "") + typeName;
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      // The library's own dependencies (commons-io, Jackson) are on the test class path, as they
      // are inside target/digest.jar for a user.
      String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
      Outcome outcome = start(List.of(java, "-cp", classPath, mainClass), root, checkout, false);
      assertThat(outcome.exitCode()).as("%s: %s exited %d%n%s", block.title(), mainClass, outcome.exitCode(), outcome).isZero();
    }
  }

  record Outcome(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "--- stdout (end) ---\n" + tail(stdout) + "--- stderr (end) ---\n" + tail(stderr);
    }

    private static String tail(String text) {
      List<String> lines = text.lines().toList();
      return lines.subList(Math.max(0, lines.size() - 20), lines.size()).stream().map(l -> l + "\n").collect(Collectors.joining());
    }
  }

  /**
   * Runs a command in the checkout with the sandbox's PATH and HOME and an empty stdin; with
   * {@code mergeStderr}, stderr goes into stdout as on a terminal.
   */
  private static Outcome start(List<String> command, Path root, Path checkout, boolean mergeStderr)
      throws IOException, InterruptedException {
    Path stdout = root.resolve("stdout");
    Path stderr = root.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile()).redirectOutput(stdout.toFile());
    if (mergeStderr) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(stderr.toFile());
    }
    Map<String, String> env = builder.environment();
    env.put("PATH", checkout + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", root.resolve("home").toString());
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail(String.join(" ", command) + " still running after " + PATIENCE_MINUTES + " minutes");
    }
    return new Outcome(process.exitValue(), Files.readString(stdout), mergeStderr ? "" : Files.readString(stderr));
  }
}
