package dev.digest.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real {@code sqlite3} command-line shell, as users open a library: what it reads is what the
 * library holds, whatever digest's own reader makes of it.
 */
public final class Sqlite3 {
  private Sqlite3() {}

  /** The output of {@code sqlite3 DB SQL} (list mode, {@code |} between columns); fails the test when sqlite3 does. */
  public static String query(Path db, String sql) throws IOException, InterruptedException {
    ToolRun run = run(db, sql);
    if (run.exitCode != 0 || !run.stderr.isEmpty()) {
      throw new AssertionError("sqlite3 " + db + " \"" + sql + "\" failed: " + run);
    }
    return run.stdout;
  }

  /** {@code sqlite3 DB SQL} as it ran, failure included. */
  public static ToolRun run(Path db, String sql) throws IOException, InterruptedException {
    Path sqlite3 = RequiredTool.onPath("sqlite3");
    Path dir = db.toAbsolutePath().getParent();
    return ToolRun.of(dir, Map.of(), List.of(sqlite3.toString(), "-bail", db.toAbsolutePath().toString(), sql));
  }

  /** Every row of {@code papers} in the order added, every column: to compare a library before and after a run. */
  public static String rows(Path db) throws IOException, InterruptedException {
    return query(db, "SELECT * FROM papers ORDER BY id");
  }
}
