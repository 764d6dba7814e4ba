package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import org.junit.jupiter.api.Test;

/**
 * {@code digest completion [bash|zsh]} itself; what the scripts complete is tested in bash and zsh
 * ({@link CompletionBashTest}, {@link CompletionZshTest}).
 */
class CompletionCommandTest {

  @Test
  void eachShellGetsItsOwnScript() {
    CliRun bash = CliRun.of("completion", "bash");
    CliRun zsh = CliRun.of("completion", "zsh");

    assertThat(bash.exitCode).as(bash.toString()).isZero();
    assertThat(bash.stdout).contains("\ncomplete -F _digest digest\n").doesNotContain("compdef");
    assertThat(zsh.exitCode).as(zsh.toString()).isZero();
    assertThat(zsh.stdout).startsWith("#compdef digest\n").contains("compdef _digest digest\n");
    assertThat(bash.stderr + zsh.stderr).isEmpty();
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRun run = CliRun.of("completion", "fish");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("bash and zsh");
    assertThat(run.stdout).isEmpty();
  }

  @Test
  void twoShellsAreAUsageError() {
    CliRun run = CliRun.of("completion", "bash", "zsh");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("one shell");
  }

  @Test
  void theScriptIsWrittenWithoutPicocli() throws Exception {
    // digest completion runs in every new shell that sources it: it stays on the quick path.
    assertThat(QuickArgs.parse(new String[] {"completion", "zsh"}, CommandModel.COMMANDS)).isNotNull();
  }
}
