package dev.digest.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files a read names, in the order the command line reads them: each path in turn; a folder
 * stands for its {@code *.txt}, {@code *.json} and {@code *.jsonl} files in name order, named as
 * the folder joined with the file's name; a glob ({@code digests/2025-*.txt}) for the files it
 * matches, in name order. A path that names nothing is an error, found before anything is read.
 */
final class InputFiles {
  private InputFiles() {}

  static List<InputFile> list(List<String> paths, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    try {
      for (String p : paths) {
        add(p, conf, files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void add(String name, Configuration conf, List<InputFile> files) throws IOException {
    Path path = new Path(name);
    FileSystem fs = path.getFileSystem(conf);
    if (isGlob(name)) {
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw DigestSourceException.problem(name + ": no file matches; check the pattern");
      }
      Arrays.sort(matches, Comparator.comparing(s -> s.getPath().getName()));
      for (FileStatus match : matches) {
        if (match.isFile()) {
          files.add(new InputFile(match.getPath().toString(), match.getPath().toString(), match.getLen()));
        }
      }
      return;
    }
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw DigestSourceException.problem(name + ": no such file or folder; check the path");
    }
    if (status.isFile()) {
      files.add(new InputFile(name, status.getPath().toString(), status.getLen()));
      return;
    }
    List<FileStatus> inputs = new ArrayList<>();
    for (FileStatus entry : fs.listStatus(path)) {
      if (entry.isFile() && isInputName(entry.getPath().getName())) {
        inputs.add(entry);
      }
    }
    if (inputs.isEmpty()) {
      throw DigestSourceException.problem(name + ": the folder holds no *.txt, *.json or *.jsonl files; name the files to read");
    }
    inputs.sort(Comparator.comparing(s -> s.getPath().getName()));
    String prefix = name.endsWith("/") ? name : name + "/";
    for (FileStatus entry : inputs) {
      files.add(new InputFile(prefix + entry.getPath().getName(), entry.getPath().toString(), entry.getLen()));
    }
  }

  private static boolean isGlob(String name) {
    return name.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The files a folder stands for, as for the command line: digests and the data digest reads. */
  private static boolean isInputName(String name) {
    return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
  }
}
