package dev.digest.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line in a JVM of its own, for what an in-process run cannot show: a real pipe, a
 * real device, a process killed mid-way. Runs the compiled classes on the test class path (Surefire
 * puts it in {@code java.class.path}) with the launcher's JVM flags, so it needs no packaged jar.
 */
public final class DigestProcess {
  private DigestProcess() {}

  /** A process builder for {@code digest ARGS}; the caller chooses the redirects. */
  public static ProcessBuilder builder(String... args) {
    return new ProcessBuilder(command(Map.of(), args));
  }

  /**
   * The command line of {@code digest ARGS}, with system properties such as those the launcher
   * sets ({@code digest.stderr.tty}: what it found stderr to be).
   */
  public static List<String> command(Map<String, String> properties, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto"));
    // What the jar's manifest grants a launcher run: SQLite's JNI library loads without JDK 24's warning.
    command.add("--enable-native-access=ALL-UNNAMED");
    properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-cp");
    command.add(classPathAsInTheJar());
    command.add("dev.digest.cli.Main");
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The test class path less SLF4J, which the jar does not hold (a test library brings it): with
   * it, sqlite-jdbc logs through SLF4J, which finds no provider and says so on stderr.
   */
  private static String classPathAsInTheJar() {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains(File.separator + "org" + File.separator + "slf4j" + File.separator)) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  /** Starts {@code digest ARGS} with stderr going to {@code stderr}. */
  public static Process start(Path stderr, ProcessBuilder.Redirect stdin, ProcessBuilder.Redirect stdout, String... args)
      throws IOException {
    return builder(args).redirectInput(stdin).redirectOutput(stdout).redirectError(stderr.toFile()).start();
  }

  /** The stdout of a process as a file (for devices such as {@code /dev/full}). */
  public static ProcessBuilder.Redirect to(String path) {
    return ProcessBuilder.Redirect.to(new File(path));
  }
}
