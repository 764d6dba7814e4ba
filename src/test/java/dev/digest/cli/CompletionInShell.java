package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.RequiredTool;
import dev.digest.testing.ToolRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every shell's completion must do, run in that shell: the {@link CompletionCases} and the
 * hint a script gives when the other shell sources it. A subclass calls its shell's completion
 * function as the shell would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CompletionInShell {
  /** A folder for the whole class, removed after its last test. */
  Path dir;
  /** The shell this class runs. */
  Path shell;
  /** Its completion script, as {@code digest completion SHELL} prints it. */
  Path script;

  abstract String shellName();

  /** The words the line holds after a TAB at its end: each completion, as the whole word. */
  abstract List<String> wordsAfterTab(String line) throws Exception;

  @BeforeAll
  void writeTheScript(@TempDir Path classFolder) throws Exception {
    dir = classFolder;
    shell = RequiredTool.onPath(shellName());
    Path work = Files.createDirectory(dir.resolve("work"));
    CompletionCases.workingFolder(work);
    CliRun run = CliRun.of("completion", shellName());
    assertThat(run.exitCode).as(run.toString()).isZero();
    script = Files.write(dir.resolve("digest." + shellName()), run.stdoutBytes);
  }

  /** Where the shells run: the folder of the file-name cases. */
  Path work() {
    return dir.resolve("work");
  }

  @ParameterizedTest
  @MethodSource({
    "dev.digest.cli.CompletionCases#written",
    "dev.digest.cli.CompletionCases#commands",
    "dev.digest.cli.CompletionCases#optionValues"
  })
  void tabAtTheEndOfTheLine(String line, List<String> expected) throws Exception {
    assertThat(wordsAfterTab(line)).as(line).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theOtherShellIsToldWhichScriptItNeeds() throws Exception {
    String other = shellName().equals("bash") ? "zsh" : "bash";
    ToolRun run =
        ToolRun.of(
            work(),
            Map.of("HOME", dir.toString()),
            List.of(RequiredTool.onPath(other).toString(), "-c", "source \"$1\"; echo status $?", other, script.toString()));

    assertThat(run.stdout).isEqualTo("status 1\n");
    assertThat(run.stderr).contains("this is the " + shellName() + " completion").contains("source <(digest completion");
  }
}
