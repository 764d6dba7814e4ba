package dev.digest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GitHub's workflow-command escaping: what the runner undoes, and nothing more. */
class GithubEscapingTest {

  static Stream<Arguments> messages() {
    return Stream.of(
        arguments("plain message", "plain message"),
        arguments("50% done", "50%25 done"),
        arguments("%0A literally", "%250A literally"),
        arguments("a: b, c", "a: b, c"),
        arguments("line\nbreak", "line%0Abreak"),
        arguments("carriage\rreturn", "carriage%0Dreturn"),
        arguments("crlf\r\nend", "crlf%0D%0Aend"),
        arguments("title (\"quoted\")", "title (\"quoted\")"));
  }

  static Stream<Arguments> properties() {
    return Stream.of(
        arguments("samples/a.txt", "samples/a.txt"),
        arguments("digests/a,b.txt", "digests/a%2Cb.txt"),
        arguments("C:/digests/x.txt", "C%3A/digests/x.txt"),
        arguments("100%.txt", "100%25.txt"),
        arguments("odd\nname.txt", "odd%0Aname.txt"),
        arguments("odd\rname.txt", "odd%0Dname.txt"),
        arguments("missing-abstract", "missing-abstract"));
  }

  @ParameterizedTest(name = "data [{0}] -> [{1}]")
  @MethodSource("messages")
  void messagesEscapePercentAndLineBreaks(String raw, String escaped) {
    assertThat(GithubEscaping.data(raw)).isEqualTo(escaped);
  }

  @ParameterizedTest(name = "property [{0}] -> [{1}]")
  @MethodSource("properties")
  void propertiesAlsoEscapeColonsAndCommas(String raw, String escaped) {
    assertThat(GithubEscaping.property(raw)).isEqualTo(escaped);
  }
}
