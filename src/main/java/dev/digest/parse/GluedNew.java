package dev.digest.parse;

/**
 * A {@code new} at the end of the open paragraph that may be the first line of the next digest's
 * header, glued there by {@code cat} when the file before lacks a final newline. The next non-blank
 * line tells: page furniture makes it a header, anything else text.
 *
 * @param bytes its length in UTF-8 bytes, with the byte-order mark {@code cat} leaves before it when
 *     the next file starts with one
 * @param chars its length in characters
 * @param blankLineAfter a blank line came after it: the next digest, if it is one, has the
 *     blank-line layout
 */
record GluedNew(int bytes, int chars, boolean blankLineAfter) {
  /** {@code new} right after the text. */
  static final GluedNew AFTER_TEXT = new GluedNew(3, 3, false);
  /** {@code new} after a byte-order mark: the next file started with one. */
  static final GluedNew AFTER_BYTE_ORDER_MARK = new GluedNew(6, 4, false);

  /** The same {@code new}, with a blank line after it. */
  GluedNew withBlankLineAfter() {
    return blankLineAfter ? this : new GluedNew(bytes, chars, true);
  }
}
