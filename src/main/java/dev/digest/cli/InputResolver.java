package dev.digest.cli;

import dev.digest.parse.InputSource;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns FILE|DIR|- arguments into inputs, checking every one before any output is written: a
 * missing or unreadable file ends the run at once. A folder stands for its {@code *.txt}, {@code
 * *.json}, {@code *.jsonl} and {@code *.db} files in name order (each read as the kind its content tells); no
 * argument, or {@code -}, is standard input.
 */
final class InputResolver {
  private final InputStream stdin;
  private final List<InputSource> sources = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();

  InputResolver(InputStream stdin) {
    this.stdin = stdin;
  }

  void resolve(List<String> args) {
    if (args.isEmpty()) {
      sources.add(InputSource.stream("-", stdin));
      return;
    }
    for (String arg : args) {
      if (arg.equals("-")) {
        sources.add(InputSource.stream("-", stdin));
        continue;
      }
      Path path = Paths.get(arg);
      if (Files.isDirectory(path)) {
        addFolder(arg, path);
      } else {
        addFile(arg, path);
      }
    }
  }

  List<InputSource> sources() {
    return sources;
  }

  /** Bytes in the named files (standard input not counted). */
  long totalFileBytes() {
    long total = 0;
    for (Path p : files) {
      try {
        total += Files.size(p);
      } catch (IOException e) {
        // a file that cannot be sized is reported when it is read
      }
    }
    return total;
  }

  boolean readsStdin() {
    return sources.size() > files.size();
  }

  /** The inputs that are files, to refuse an output that would overwrite one. */
  List<Path> files() {
    return files;
  }

  private void addFile(String name, Path path) {
    if (!Files.exists(path)) {
      throw new RunFailure(name + ": no such file; check the path");
    }
    if (!Files.isReadable(path)) {
      throw new RunFailure(name + ": permission denied; check the file's permissions");
    }
    sources.add(ChangeDetectingFile.of(path, name));
    files.add(path);
  }

  private void addFolder(String arg, Path dir) {
    List<Path> texts = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries
          .filter(p -> isInputName(name(p)) && !Files.isDirectory(p))
          .forEach(texts::add);
    } catch (IOException e) {
      throw new RunFailure(arg + ": cannot list the folder: " + OutputTarget.reason(e));
    }
    if (texts.isEmpty()) {
      throw new RunFailure(arg + ": the folder holds no *.txt, *.json, *.jsonl or *.db files; name the files to read");
    }
    texts.sort((a, b) -> name(a).compareTo(name(b)));
    String prefix = arg.endsWith("/") ? arg : arg + "/";
    for (Path p : texts) {
      addFile(prefix + p.getFileName(), p);
    }
  }

  /** The files a folder stands for: digests and the data digest reads. */
  private static boolean isInputName(String name) {
    return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".db");
  }

  @SuppressFBWarnings(
      value = "NP_NULL_ON_SOME_PATH_FROM_RETURN_VALUE",
      justification = "only for entries of Files.list(dir), which are dir/name, never a root, so never null")
  private static String name(Path entry) {
    return entry.getFileName().toString();
  }
}
