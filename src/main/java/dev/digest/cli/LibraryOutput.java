package dev.digest.cli;

import dev.digest.library.LibraryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code convert -f sqlite -o papers.db}: the run's records added to a library in one
 * transaction ({@link LibraryWriter}), {@code --append} implied. A failed run (bad input, {@code
 * --strict}, a full disk) rolls back; Ctrl-C or kill before the commit leave the library as it was
 * (SQLite drops a transaction that never committed), and one after it exits with the run's status,
 * as for any {@code -o} file ({@link ProcessExit}).
 */
final class LibraryOutput {
  private final String name;
  private final Path path;
  private final OutputClaim claim = new OutputClaim();

  LibraryOutput(String name, List<Path> inputs) {
    this.name = name;
    this.path = OutputTarget.fileNamed(name);
    CommonOptions.refuseOverwritingInput(path, inputs);
  }

  int add(InputRun inputs, StderrDiagnostics diagnostics, boolean strict) throws IOException {
    Instant runStart = Instant.now();
    Thread onSignal = new Thread(this::onShutdown, "digest-library-exit");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try (LibraryWriter library = LibraryWriter.open(path, name, runStart)) {
      inputs.addTo(library.holdings());
      while (inputs.advance()) {
        library.add(inputs.current());
      }
      if (strict && diagnostics.failStrict(": " + name + " was not changed")) {
        return ExitCode.INPUT_OUTPUT;
      }
      if (!claim.claimForCommit()) {
        throw new RunStopped(); // a signal came first: the transaction is dropped with the process
      }
      boolean committed = false;
      try {
        library.commit();
        committed = true;
        ProcessExit.outputReplaced();
      } finally {
        claim.settle(committed);
      }
      return ExitCode.OK;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs and finds the run settled
      }
    }
  }

  /** A signal: before the commit, the library stays as it was; after it, the run's own status is the process's. */
  private void onShutdown() {
    claim.settleOnShutdown(() -> {});
  }
}
