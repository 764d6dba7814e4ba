package dev.digest.report;

import java.io.OutputStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The shapes {@code digest check} prints its diagnostics in, by name. */
public enum CheckFormat {
  TEXT("text", "FILE:LINE: warning: MESSAGE [CODE], as compilers print (default)") {
    @Override
    public CheckReport report(OutputStream out) {
      return new TextCheckReport(out);
    }
  },
  JSON("json", "one JSON document: the diagnostics and a summary, for jq") {
    @Override
    public CheckReport report(OutputStream out) {
      return new JsonCheckReport(out);
    }
  },
  GITHUB("github", "GitHub Actions annotations on the lines of a pull request") {
    @Override
    public CheckReport report(OutputStream out) {
      return new GithubCheckReport(out);
    }
  },
  SARIF("sarif", "one SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers") {
    @Override
    public CheckReport report(OutputStream out) {
      return new SarifCheckReport(out, Paths.get(""));
    }
  };

  private final String formatName;
  private final String description;

  CheckFormat(String formatName, String description) {
    this.formatName = formatName;
    this.description = description;
  }

  public abstract CheckReport report(OutputStream out);

  public String formatName() {
    return formatName;
  }

  public String description() {
    return description;
  }

  public static CheckFormat byName(String name) {
    for (CheckFormat f : values()) {
      if (f.formatName.equals(name)) {
        return f;
      }
    }
    return null;
  }

  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (CheckFormat f : values()) {
      names.add(f.formatName);
    }
    return names;
  }
}
