package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.report.CheckFormat;
import dev.digest.testing.CliRun;
import dev.digest.write.Format;
import org.junit.jupiter.api.Test;

/** The completion script comes from the command model: every command and format name is in it. */
class CompletionCommandTest {

  @Test
  void theScriptOffersEveryCommandFormatAndShape() {
    CliRun run = CliRun.of("completion");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).contains("complete -F _complete_digest").contains("bashcompinit");
    for (Command c : CommandModel.COMMANDS) {
      assertThat(run.stdout).contains(c.name());
    }
    for (String name : Format.names()) {
      assertThat(run.stdout).contains("\"" + name + "\"");
    }
    for (String name : CheckFormat.names()) {
      assertThat(run.stdout).contains("\"" + name + "\"");
    }
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "fish");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("bash and zsh");
  }
}
