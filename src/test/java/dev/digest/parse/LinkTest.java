package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC 2: {@code urls} holds the http(s) links in the abstract, in order, trailing sentence
 * punctuation removed, no duplicates.
 */
class LinkTest {

  private static List<String> urlsOf(String abstractText) {
    Run run = parse("new\n\nA Title\n\n" + abstractText + "\n");
    assertThat(run.records()).extracting(Record::abstractText).containsExactly(abstractText);
    return run.records().get(0).urls();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Code at https://github.com/a/b. It is free. | https://github.com/a/b",
        "Code at http://github.com/a/b. It is free.  | http://github.com/a/b",
        "See http://a.org/x, https://b.org/y; and https://c.org/z: done. | http://a.org/x https://b.org/y https://c.org/z",
        "Is it https://a.org/q? Yes! Or https://b.org/e! Sure. | https://a.org/q https://b.org/e",
        "Order https://b.org then https://a.org then https://b.org. Fine. | https://b.org https://a.org",
        "Twice https://a.org/x. And again https://a.org/x, done. | https://a.org/x",
        "Case matters https://a.org/X and https://a.org/x. Fine. | https://a.org/X https://a.org/x",
        "Both schemes http://a.org/x and https://a.org/x. Fine. | http://a.org/x https://a.org/x",
        "Code (see https://x.org/a_(b)). It is free. | https://x.org/a_(b)",
        "Code (at https://x.org/a). It is free. | https://x.org/a",
        "Code [at https://x.org/a]. It is free. | https://x.org/a",
        "Query https://x.org/s?q=1&r=2#frag works. It is free. | https://x.org/s?q=1&r=2#frag",
        "Paths https://x.org/~user/a%20b/c-d_e.html work. Fine. | https://x.org/~user/a%20b/c-d_e.html",
        "Trailing slash https://x.org/a/. It is free. | https://x.org/a/",
        "Ellipsis https://x.org/a... It is free. | https://x.org/a",
        "Port and path https://x.org:8080/a. Fine. | https://x.org:8080/a",
        "Find it. At here. Go https://x.org/end | https://x.org/end",
        "Cite \"https://x.org/q\". It is quoted. | https://x.org/q",
        "Glued text:https://x.org/a. Fine. | https://x.org/a",
      })
  void linksOfTheAbstract(String abstractText, String expected) {
    assertThat(urlsOf(abstractText)).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No links here. None at all.",
        "Not a link ftp://x.org/a or mailto:a@b.org. Fine.",
        "A word like http or https: is no link. Fine.",
        "Mentions github.com/a/b without a scheme. Fine.",
      })
  void noLinks(String abstractText) {
    assertThat(urlsOf(abstractText)).isEmpty();
  }

  @Test
  void linksInTheTitleAreNotTheAbstractsLinks() {
    Run run = parse("new\n\nProject Page at https://x.org/t\n\nNo link here. None.\n");

    assertThat(run.records()).extracting(Record::title).containsExactly("Project Page at https://x.org/t");
    assertThat(run.records().get(0).urls()).isEmpty();
  }

  @Test
  void linksOfEveryParagraphOfAMultiParagraphAbstract() {
    Run run =
        parse(
            """
            new

            A Title

            First part. See https://a.org/1.

            Second part. See https://b.org/2 and https://a.org/1.
            """);

    assertThat(run.records())
        .extracting(Record::urls)
        .containsExactly(List.of("https://a.org/1", "https://b.org/2"));
  }

  @Test
  void linksOfTheSamples() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeModular Neural Image Signal Processing
            This paper presents a modular ISP. It is modular. Watch the supplemental video at: https://youtu.be/ByhQjQSjxVM
            CURL: Neural Curve Layers for Global Image Enhancement
            We present CURL. Code is available at https://github.com/sjmoran/CURL.
            DSPy Assertions
            We build on DSPy. Code at http://dspy.ai and https://github.com/stanfordnlp/dspy. It works.
            """);

    assertThat(run.records())
        .extracting(Record::urls)
        .containsExactly(
            List.of("https://youtu.be/ByhQjQSjxVM"),
            List.of("https://github.com/sjmoran/CURL"),
            List.of("http://dspy.ai", "https://github.com/stanfordnlp/dspy"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cite “https://x.org/q”. It is quoted. | https://x.org/q",
        "See https://x.org/a… It goes on. | https://x.org/a",
        "代码见 https://x.org/a。 It is free. | https://x.org/a",
      })
  void nonAsciiTrailingSentencePunctuationIsRemovedToo(String abstractText, String expected) {
    assertThat(urlsOf(abstractText)).containsExactly(expected);
  }
}
