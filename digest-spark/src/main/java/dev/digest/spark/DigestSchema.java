package dev.digest.spark;

import dev.digest.write.Field;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The two tables a read gives: the records, the ten fields of SPEC 2 in their order (the names
 * {@code --fields} takes), and with {@code warnings} the diagnostics, as {@code digest check -f
 * json} gives them.
 */
public final class DigestSchema {
  /** key, title, abstract, urls, date, source, line, authors, arxiv, published. */
  public static final StructType RECORDS = records();

  /** file, line, severity, code, message. */
  public static final StructType WARNINGS =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.IntegerType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)
          });

  private DigestSchema() {}

  /** The table a read gives: the warnings, or the records. */
  static StructType of(boolean warnings) {
    return warnings ? WARNINGS : RECORDS;
  }

  private static StructType records() {
    StructField[] fields = new StructField[Field.all().size()];
    for (Field f : Field.all()) {
      fields[f.ordinal()] = DataTypes.createStructField(f.fieldName(), typeOf(f), nullable(f));
    }
    return new StructType(fields);
  }

  /**
   * Spark's type of each field: links and authors are arrays of strings, the line an int, the rest
   * strings; {@code published} stays the text {@code YYYY-MM-DD} the other formats write (digest's
   * own json read back may hold any text there), {@code to_date(published)} making it a date.
   */
  private static DataType typeOf(Field f) {
    switch (f) {
      case URLS:
      case AUTHORS:
        return DataTypes.createArrayType(DataTypes.StringType, false);
      case LINE:
        return DataTypes.IntegerType;
      default:
        return DataTypes.StringType;
    }
  }

  private static boolean nullable(Field f) {
    return f == Field.DATE || f == Field.ARXIV || f == Field.PUBLISHED;
  }
}
