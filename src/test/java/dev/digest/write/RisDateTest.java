package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RisDateTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mar 13, 2025|2025/03/13/",
        "March 3, 2025|2025/03/03/",
        "Sep 30, 2024|2024/09/30/",
        "Sept 30, 2024|2024/09/30/",
        "September 1, 2024|2024/09/01/",
        "May 31, 2023|2023/05/31/",
        "Dec 31, 1999|1999/12/31/",
        "Feb 29, 2024|2024/02/29/",
        "Feb 29, 2000|2000/02/29/",
        "Feb 29, 2023|",
        "Feb 29, 1900|",
        "Apr 31, 2025|",
        "Apr 0, 2025|",
        "Apr 23|",
        "April 23|",
        "Foo 13, 2025|",
        "mar 13, 2025|",
        "Mar 13 2025|",
        "Mar 13,2025|",
        "Mar 123, 2025|",
        "Mar 13, 25|",
        "Mar 13, 20255|",
        "Mar 13, 2O25|",
        "Mar|",
      })
  void aWholeDateBecomesYearMonthDayAndAnythingElseNothing(String line, String expected) {
    byte[] b = line.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[RisDate.LENGTH];

    boolean written = RisDate.toRis(b, b.length, out);

    assertThat(written ? new String(out, StandardCharsets.US_ASCII) : null).isEqualTo(expected);
  }
}
