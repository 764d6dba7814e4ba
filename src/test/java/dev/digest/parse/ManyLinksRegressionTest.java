package dev.digest.parse;

import dev.digest.run.DigestReader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An abstract made of thousands of links, most repeated: links stay in order, once each, found fast. */
class ManyLinksRegressionTest {

  @Test
  void thousandsOfRepeatedLinksAreDeduplicatedInOrderWithoutQuadraticWork() {
    String links = IntStream.range(0, 45_000).mapToObj(i -> "https://x.org/" + (i % 5000)).collect(Collectors.joining(" "));
    byte[] input = ("A Title\n\n" + links + ".\n").getBytes(StandardCharsets.UTF_8);

    List<Record> records =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> new DigestReader(List.of(InputSource.bytes("many.txt", input)), ParseOptions.defaults(), false, DiagnosticListener.IGNORE)
                .stream()
                .toList());

    List<String> urls = records.get(0).urls();
    assertThat(urls).hasSize(5000);
    assertThat(urls.get(0)).isEqualTo("https://x.org/0");
    assertThat(urls.get(31)).isEqualTo("https://x.org/31");
    assertThat(urls.get(32)).isEqualTo("https://x.org/32");
    assertThat(urls.get(4999)).isEqualTo("https://x.org/4999");
  }
}
