package dev.digest.spark;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.Diagnostic;
import dev.digest.write.Field;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/** Rows of {@link DigestSchema}'s tables, in Spark's internal form; every text copied out of the reused views. */
final class Rows {
  private Rows() {}

  /** The record {@code v} as a row, with {@code key} as its key. */
  static InternalRow record(RecordView v, String key) {
    Object[] values = new Object[Field.all().size()];
    for (Field f : Field.all()) {
      values[f.ordinal()] = value(f, v, key);
    }
    return new GenericInternalRow(values);
  }

  private static Object value(Field f, RecordView v, String key) {
    switch (f) {
      case KEY:
        return UTF8String.fromString(key);
      case TITLE:
        return utf8(v.title());
      case ABSTRACT:
        return utf8(v.abstractText());
      case URLS:
        return strings(v.urls());
      case DATE:
        return utf8(v.date());
      case SOURCE:
        return UTF8String.fromString(v.source());
      case LINE:
        return v.line();
      case AUTHORS:
        return strings(v.authors());
      case ARXIV:
        return utf8(v.arxiv());
      case PUBLISHED:
        return utf8(v.published());
      default:
        throw new IllegalStateException("no column for " + f);
    }
  }

  static InternalRow warning(Diagnostic d) {
    return new GenericInternalRow(
        new Object[] {
          UTF8String.fromString(d.source()),
          d.line(),
          UTF8String.fromString(d.severity().label()),
          UTF8String.fromString(d.code().code()),
          UTF8String.fromString(d.message())
        });
  }

  private static UTF8String utf8(Text t) {
    return t == null ? null : UTF8String.fromBytes(Arrays.copyOf(t.bytes(), t.length()));
  }

  private static GenericArrayData strings(List<String> values) {
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = UTF8String.fromString(values.get(i));
    }
    return new GenericArrayData(out);
  }
}
