package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.run.DigestReader;
import org.junit.jupiter.api.Test;

/** How many threads a run parses on, from {@code -j}, the input's size and how standard input is given. */
class ThreadsChoiceTest {
  private static final long PIECE = DigestReader.PIECE_BYTES;
  private static final long LARGE = InputRun.AUTO_PARALLEL_BYTES;

  @Test
  void withoutJobsOnlyALargeKnownInputUsesEveryProcessor() {
    assertThat(InputRun.threads(false, 8, LARGE, 0)).isEqualTo(8);
    assertThat(InputRun.threads(false, 8, LARGE - 1, 0)).isEqualTo(1);
    assertThat(InputRun.threads(false, 8, LARGE / 2, LARGE / 2)).as("files and a redirected file together").isEqualTo(8);
    assertThat(InputRun.threads(false, 8, 200_000, 0)).as("a paste").isEqualTo(1);
  }

  @Test
  void withoutJobsAPipeOfUnknownSizeUsesEveryProcessor() {
    assertThat(InputRun.threads(false, 8, 0, -1)).isEqualTo(8);
    assertThat(InputRun.threads(false, 8, 1000, -1)).as("a pipe beside a small file").isEqualTo(8);
  }

  @Test
  void jobsAreTakenAtTheirWordForMoreThanOnePiece() {
    assertThat(InputRun.threads(true, 3, PIECE, 0)).isEqualTo(3);
    assertThat(InputRun.threads(true, 3, 0, -1)).as("a pipe: its size is unknown").isEqualTo(3);
    assertThat(InputRun.threads(true, 3, 0, PIECE)).as("a redirected file of one piece").isEqualTo(3);
  }

  @Test
  void lessThanOnePieceIsReadOnOneThreadWhateverJobsSay() {
    assertThat(InputRun.threads(true, 8, PIECE - 1, 0)).isEqualTo(1);
    assertThat(InputRun.threads(true, 8, 0, PIECE - 1)).as("a small redirected file").isEqualTo(1);
    assertThat(InputRun.threads(true, 8, 0, 0)).isEqualTo(1);
  }
}
