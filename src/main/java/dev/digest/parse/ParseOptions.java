package dev.digest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to read one input: its encoding (a byte-order mark overrides it), the largest paragraph or
 * record in characters, and the name it is reported under. Immutable; build with {@link #builder()}.
 */
public final class ParseOptions {
  /** 1 MiB of text, in characters. */
  public static final int DEFAULT_MAX_RECORD = 1 << 20;

  private static final ParseOptions DEFAULTS = builder().build();

  private final Charset encoding;
  private final int maxRecordChars;
  private final String sourceName;

  private ParseOptions(Builder b) {
    this.encoding = Objects.requireNonNull(b.encoding, "encoding");
    if (b.maxRecordChars < 1) {
      throw new IllegalArgumentException("maxRecordChars must be at least 1, not " + b.maxRecordChars);
    }
    this.maxRecordChars = b.maxRecordChars;
    this.sourceName = Objects.requireNonNull(b.sourceName, "sourceName");
  }

  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().encoding(encoding).maxRecordChars(maxRecordChars).sourceName(sourceName);
  }

  public Charset encoding() {
    return encoding;
  }

  public int maxRecordChars() {
    return maxRecordChars;
  }

  public String sourceName() {
    return sourceName;
  }

  /** Builder for {@link ParseOptions}. */
  public static final class Builder {
    private Charset encoding = StandardCharsets.UTF_8;
    private int maxRecordChars = DEFAULT_MAX_RECORD;
    private String sourceName = "-";

    private Builder() {}

    public Builder encoding(Charset value) {
      this.encoding = value;
      return this;
    }

    public Builder maxRecordChars(int value) {
      this.maxRecordChars = value;
      return this;
    }

    public Builder sourceName(String value) {
      this.sourceName = value;
      return this;
    }

    public ParseOptions build() {
      return new ParseOptions(this);
    }
  }
}
