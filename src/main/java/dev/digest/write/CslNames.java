package dev.digest.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.model.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a record's authors as CSL-JSON names. A name as the sources give it ("Given Family") is
 * split at its words: the last word is the family name, lower-case words before it ({@code van
 * der}) are its {@code non-dropping-particle}, and the words before those the given names. A last
 * word such as {@code Jr.} or {@code III} after at least two others is the {@code suffix}. A name
 * of one word, or with a comma (whose order is not known), is a {@code literal}, kept whole. A
 * blank name is left out.
 */
final class CslNames {
  private static final SerializableString FAMILY = new SerializedString("family");
  private static final SerializableString GIVEN = new SerializedString("given");
  private static final SerializableString PARTICLE = new SerializedString("non-dropping-particle");
  private static final SerializableString SUFFIX = new SerializedString("suffix");
  private static final SerializableString LITERAL = new SerializedString("literal");
  private static final byte[][] SUFFIXES = ascii("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

  private final JsonStringEscaper strings;
  private final NameWords words = new NameWords();

  CslNames(JsonStringEscaper strings) {
    this.strings = strings;
  }

  void write(JsonGenerator gen, RecordView r) throws IOException {
    gen.writeStartArray();
    Text names = r.authorText();
    for (int i = 0; i < r.authorCount(); i++) {
      int count = words.split(names.bytes(), r.authorStart(i), r.authorEnd(i));
      if (count > 0) {
        gen.writeStartObject();
        writeName(gen, names, count);
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private void writeName(JsonGenerator gen, Text names, int count) throws IOException {
    byte[] b = names.bytes();
    if (count == 1 || hasComma(b, words.start(0), words.end(count - 1))) {
      field(gen, LITERAL, names, 0, count);
      return;
    }
    int family = count - 1;
    boolean suffix = count >= 3 && isSuffix(b, words.start(family), words.end(family));
    if (suffix) {
      family--;
    }
    int particle = family;
    while (particle > 1 && isLowerCase(b, words.start(particle - 1), words.end(particle - 1))) {
      particle--;
    }
    field(gen, FAMILY, names, family, family + 1);
    field(gen, GIVEN, names, 0, particle);
    if (particle < family) {
      field(gen, PARTICLE, names, particle, family);
    }
    if (suffix) {
      field(gen, SUFFIX, names, count - 1, count);
    }
  }

  /** Writes words {@code [from, to)} of the name, with the text between them as written. */
  private void field(JsonGenerator gen, SerializableString name, Text names, int from, int to) throws IOException {
    gen.writeFieldName(name);
    strings.write(gen, names, words.start(from), words.end(to - 1));
  }

  private static boolean hasComma(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == ',') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCase(byte[] b, int from, int to) {
    return Character.isLowerCase(Utf8.codePointAt(b, from, to));
  }

  private static boolean isSuffix(byte[] b, int from, int to) {
    for (byte[] s : SUFFIXES) {
      if (Arrays.equals(b, from, to, s, 0, s.length)) {
        return true;
      }
    }
    return false;
  }

  private static byte[][] ascii(String... words) {
    byte[][] bytes = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      bytes[i] = words[i].getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }
}
