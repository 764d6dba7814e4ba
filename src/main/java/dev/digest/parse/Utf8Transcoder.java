package dev.digest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Re-encodes text of any charset as UTF-8, so that the parser reads one encoding only. Bytes not
 * valid in the charset stop the stream with an error naming the line, after everything before
 * them has been delivered; nothing is replaced silently.
 */
final class Utf8Transcoder extends InputStream {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String source;
  private final ByteBuffer raw = ByteBuffer.allocate(CHUNK);
  private final CharBuffer chars = CharBuffer.allocate(CHUNK);
  private final byte[] rawArray = raw.array();
  private byte[] out = new byte[CHUNK * 3];
  private int outPos;
  private int outLen;
  private boolean endOfInput;
  private boolean done;
  private int line = 1;
  private boolean afterCr;
  private DigestInputException pending;

  Utf8Transcoder(InputStream in, Charset charset, String source) {
    this.in = in;
    this.source = source;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    raw.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (outPos == outLen) {
      if (pending != null) {
        throw pending;
      }
      if (done) {
        return -1;
      }
      decodeChunk();
    }
    int n = Math.min(len, outLen - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  private void decodeChunk() throws IOException {
    if (!endOfInput) {
      raw.compact();
      int n = in.read(rawArray, raw.position(), raw.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        raw.position(raw.position() + n);
      }
      raw.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(raw, chars, endOfInput);
    if (endOfInput && result.isUnderflow()) {
      result = decoder.flush(chars);
      done = result.isUnderflow() && !raw.hasRemaining();
    }
    chars.flip();
    encode();
    if (result.isError()) {
      pending = invalid(result.length());
    }
  }

  private void encode() {
    outPos = 0;
    outLen = 0;
    if (out.length < chars.remaining() * 3) {
      out = new byte[chars.remaining() * 3];
    }
    while (chars.hasRemaining()) {
      char c = chars.get();
      countLine(c);
      if (c < 0x80) {
        out[outLen++] = (byte) c;
      } else if (c < 0x800) {
        out[outLen++] = (byte) (0xC0 | (c >> 6));
        out[outLen++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && chars.hasRemaining()) {
        int cp = Character.toCodePoint(c, chars.get());
        out[outLen++] = (byte) (0xF0 | (cp >> 18));
        out[outLen++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[outLen++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[outLen++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[outLen++] = (byte) (0xE0 | (c >> 12));
        out[outLen++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[outLen++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void countLine(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      afterCr = false;
    } else if (c == '\r') {
      line++;
      afterCr = true;
    } else {
      afterCr = false;
    }
  }

  private DigestInputException invalid(int length) {
    StringBuilder bytes = new StringBuilder();
    for (int k = 0; k < Math.min(length, 4) && raw.position() + k < raw.limit(); k++) {
      bytes.append(k == 0 ? "" : " ").append(String.format("0x%02X", raw.get(raw.position() + k) & 0xFF));
    }
    return new DigestInputException(
        source,
        line,
        "bytes that are not valid " + decoder.charset().name() + " (" + bytes + ")",
        "name the file's real encoding with --encoding");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
