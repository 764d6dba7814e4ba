package dev.digest.report;

import dev.digest.parse.Diagnostic;
import java.io.OutputStream;

/** {@code FILE:LINE: warning: MESSAGE [CODE]}: the form compilers print and editors jump to. */
final class TextCheckReport extends LineReport {
  TextCheckReport(OutputStream out) {
    super(out);
  }

  @Override
  String line(Diagnostic d) {
    return d.format();
  }
}
