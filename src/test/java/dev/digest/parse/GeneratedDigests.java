package dev.digest.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Digests made at random from the pieces real pastes are made of: both layouts, headers joined by
 * {@code cat} with and without final newlines, glued {@code new} after links and words, furniture
 * words inside text, invisible characters, byte-order marks, CR and CRLF line ends, stray
 * paragraphs, records over the limit, bytes that are not UTF-8. For differential tests that must hold on inputs nobody wrote by hand.
 */
public final class GeneratedDigests {
  private static final List<String> TITLES =
      List.of(
          "EDTalk: Efficient Disentanglement for Talking Heads",
          "Who's Harry Potter? Approximate Unlearning in LLMs",
          "New Perspectives on Subscribe Buttons: byAK and the research community",
          "Scale Efficient Training",
          "A Study of Get trending papers in your email inbox",
          "renew",
          "Subscribers and Their Habits");
  private static final List<String> ABSTRACTS =
      List.of(
          "We present a method. It works well on many tasks and datasets.",
          "Code is at https://phyworld.github.io",
          "We renew the approach. See https://example.org/whatsnew",
          "Results improve by 50\\% on $α$-tests. Our code is public.",
          "A long sentence that goes on. Another one follows it here, and then more text.",
          "It is new",
          "Subscribe to nothing. This is an abstract with enough words in it.");
  private static final List<String> HEADERS_BLANK =
      List.of("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nApr 23\n\n", "new\n\nMar 13, 2025\n\n", "new\n\n");
  private static final List<String> HEADERS_COMPACT =
      List.of("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe", "Get trending papers in your email inbox!\nSubscribe");
  private static final List<String> ODD = List.of("\u200B", "\uFEFF", " ", "\u00A0", "\u2060", "");

  private GeneratedDigests() {}

  public static byte[] generate(Random r) {
    StringBuilder sb = new StringBuilder();
    int digests = 1 + r.nextInt(5);
    for (int d = 0; d < digests; d++) {
      if (r.nextInt(6) == 0) {
        sb.append(pick(r, ABSTRACTS)).append("\n\n");
      }
      boolean compact = r.nextBoolean();
      if (compact) {
        sb.append(pick(r, HEADERS_COMPACT));
        int papers = r.nextInt(4);
        for (int i = 0; i < papers; i++) {
          sb.append(pick(r, TITLES)).append('\n').append(pick(r, ABSTRACTS));
          if (i + 1 < papers || r.nextInt(3) > 0) {
            sb.append('\n');
          }
        }
      } else {
        sb.append(pick(r, HEADERS_BLANK));
        int papers = r.nextInt(4);
        for (int i = 0; i < papers; i++) {
          sb.append(pick(r, ODD)).append(pick(r, TITLES)).append(pick(r, ODD)).append("\n\n");
          sb.append(r.nextInt(25) == 0 ? "Too long. ".repeat(500) : pick(r, ABSTRACTS));
          if (r.nextInt(4) == 0) {
            sb.append("\n\n").append(pick(r, ABSTRACTS));
          }
          if (i + 1 < papers || r.nextInt(3) > 0) {
            sb.append(r.nextBoolean() ? "\n\n" : "\n" + pick(r, ODD) + "\n");
          }
        }
      }
      if (r.nextInt(5) == 0) {
        sb.append('\uFEFF');
      }
    }
    String text = sb.toString();
    switch (r.nextInt(4)) {
      case 0:
        text = text.replace("\n", "\r\n");
        break;
      case 1:
        text = text.replace("\n", "\r");
        break;
      default:
        break;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && r.nextInt(25) == 0) {
      bytes[r.nextInt(bytes.length)] = (byte) 0xFF; // not UTF-8: an error naming its line
    }
    return bytes;
  }

  private static String pick(Random r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }
}
