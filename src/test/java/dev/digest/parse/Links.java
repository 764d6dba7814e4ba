package dev.digest.parse;

import dev.digest.model.RecordView;

/** The parser's link finder, for tests outside its package that build records by hand. */
public final class Links {
  private Links() {}

  /** Sets the links of {@code r} to those its abstract holds, as the parser would. */
  public static void find(RecordView r) {
    LinkExtractor.extract(r.abstractText(), r);
  }
}
