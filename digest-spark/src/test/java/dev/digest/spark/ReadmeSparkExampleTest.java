package dev.digest.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java job for Spark compiles as written, against Spark and the data source (it runs
 * on a cluster, so core's README test only shows it; the reads it makes are DigestSourceTest's).
 */
class ReadmeSparkExampleTest {
  private static final Pattern SPARK_JAVA_BLOCK =
      Pattern.compile("^## Spark\\n.*?^```java\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void theJavaJobCompiles() throws IOException {
    Matcher m = SPARK_JAVA_BLOCK.matcher(Files.readString(Path.of("README.md"), UTF_8));
    assertThat(m.find()).as("README.md has a java block in its Spark section").isTrue();
    String body = m.group(1);
    Matcher type = Pattern.compile("^public class (\\w+)", Pattern.MULTILINE).matcher(body);
    assertThat(type.find()).isTrue();
    Path source = Files.writeString(tmp.resolve(type.group(1) + ".java"), body);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-cp", classPath, "-d", tmp.toString());
      compiled = compiler.getTask(new StringWriter(), files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
    }
    String errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    assertThat(compiled).as("the README's Spark job does not compile:%n%s", errors).isTrue();
    assertThat(tmp.resolve(type.group(1) + ".class")).exists();
  }
}
