package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStringEscaperTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text|\"plain text\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "50\\%|\"50\\\\%\"",
        "PixArt-$α$|\"PixArt-$α$\"",
      })
  void escapesAsJsonRequires(String text, String expected) throws IOException {
    assertThat(ours(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void writesWhatJacksonWritesAndReadsBackToTheSameText(long seed) throws IOException {
    Random random = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

      String ours = ours(utf8);

      assertThat(ours).isEqualTo(jacksons(utf8));
      assertThat(new ObjectMapper().readValue(ours, String.class)).isEqualTo(text);
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> sb.append((char) random.nextInt(0x20));
        case 1 -> sb.append("\"\\/".charAt(random.nextInt(3)));
        case 2 -> sb.appendCodePoint(0x80 + random.nextInt(0x700));
        case 3 -> sb.appendCodePoint(0x1F600 + random.nextInt(50));
        case 4 -> sb.append('\u2028');
        default -> sb.append((char) (0x20 + random.nextInt(0x5F)));
      }
    }
    return sb.toString();
  }

  private static String ours(byte[] utf8) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      new JsonStringEscaper().write(gen, utf8, 0, utf8.length);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String jacksons(byte[] utf8) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      gen.writeUTF8String(utf8, 0, utf8.length);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
