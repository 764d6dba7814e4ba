package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar users pass with {@code --jars} works on its own: a Spark job in a JVM of its own whose
 * class path is Spark and target/digest-spark.jar, without core's classes, picocli, or this
 * module's unshaded classes, finds the source by its short name and reads the samples and the API
 * responses with the relocated Jackson inside the jar.
 */
class ShadedJarIT {

  @Test
  void theShadedJarReadsDigestsOnSparkAlone() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("digest.spark.jar"));
    List<String> classPath = new ArrayList<>();
    classPath.add(jar.toString());
    for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator)) {
      if (!isDigestOrItsCommandLine(entry)) {
        classPath.add(entry);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Stream.of(System.getProperty("digest.spark.jvmFlags").trim().split("\\s+")).toList());
    command.addAll(List.of("-Xmx1g", "-cp", String.join(File.pathSeparator, classPath), ShadedJarMain.class.getName(), "samples/", "samples/api/"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = p.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(l -> l.matches("^(source|jackson|records|warnings) .*")).collect(Collectors.toList());
    assertThat(lines).as(output).hasSize(4);
    assertThat(lines.get(0)).endsWith("digest-spark.jar");
    assertThat(lines.get(1)).endsWith("digest-spark.jar");
    CommandLine.Result cli = CommandLine.run("convert", "-f", "jsonl", "--dedupe", "samples/", "samples/api/").succeeded();
    List<String> jsonl = cli.stdoutLines();
    String firstKey = jsonl.get(0).replaceFirst("^\\{\"key\":\"([^\"]*)\".*", "$1");
    assertThat(lines.get(2)).isEqualTo("records " + jsonl.size() + " first " + firstKey);
    assertThat(lines.get(3)).isEqualTo("warnings " + CommandLine.run("check", "samples/", "samples/api/").stdoutLines().size());
  }

  /** Core's classes (the reactor's target/classes or its jar), picocli, and this module's own classes. */
  private static boolean isDigestOrItsCommandLine(String entry) {
    String e = entry.replace('\\', '/');
    return e.endsWith("digest-spark/target/classes")
        || e.endsWith("digest-spark/target/digest-spark.jar")
        || e.endsWith("/target/classes")
        || e.endsWith("/target/digest.jar")
        || e.contains("/dev/digest/digest/")
        || e.contains("/info/picocli/");
  }
}
