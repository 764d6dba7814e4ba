package dev.digest.report;

import dev.digest.parse.Diagnostic;
import java.io.OutputStream;

/**
 * GitHub Actions workflow commands, {@code ::warning file=F,line=N,title=CODE::MESSAGE}, which
 * GitHub shows as annotations on the named line of a pull request.
 */
final class GithubCheckReport extends LineReport {
  GithubCheckReport(OutputStream out) {
    super(out);
  }

  @Override
  String line(Diagnostic d) {
    return "::"
        + d.severity().label()
        + " file="
        + GithubEscaping.property(d.source())
        + ",line="
        + d.line()
        + ",title="
        + GithubEscaping.property(d.code().code())
        + "::"
        + GithubEscaping.data(d.message());
  }
}
