package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The run's commit and a shutdown each try to take an output; exactly one gets it. */
class OutputClaimTest {
  @Test
  void aCommitTakesTheOutputFromAShutdown() {
    OutputClaim claim = new OutputClaim();

    assertThat(claim.claimForCommit()).isTrue();
    assertThat(claim.claimForDrop()).isFalse();
  }

  @Test
  void aShutdownTakesTheOutputFromACommit() {
    OutputClaim claim = new OutputClaim();

    assertThat(claim.claimForDrop()).isTrue();
    assertThat(claim.claimForCommit()).isFalse();
  }

  @Test
  void aShutdownThatLostWaitsForTheRenameToEnd() throws Exception {
    OutputClaim claim = new OutputClaim();
    claim.claimForCommit();

    CompletableFuture<OutputClaim.State> shutdown = CompletableFuture.supplyAsync(() -> awaitQuietly(claim));
    // Nothing can end the wait but the rename's end: the state stays COMMITTING until settle().
    assertThat(shutdown).isNotDone();
    claim.settle(true);

    assertThat(shutdown.get(30, TimeUnit.SECONDS)).isEqualTo(OutputClaim.State.COMMITTED);
  }

  @Test
  void aFailedRenameEndsDropped() throws Exception {
    OutputClaim claim = new OutputClaim();
    claim.claimForCommit();
    claim.settle(false);

    assertThat(claim.awaitSettled()).isEqualTo(OutputClaim.State.DROPPED);
    assertThat(claim.claimForDrop()).isFalse();
  }

  private static OutputClaim.State awaitQuietly(OutputClaim claim) {
    try {
      return claim.awaitSettled();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
