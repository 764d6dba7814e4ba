package dev.digest.report;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code digest stats} tells of one input, or of the whole run. */
public final class InputStats {
  private final String source;
  private long records;
  private long warnings;
  private long duplicates;
  private long withUrls;
  private final Set<String> dates = new LinkedHashSet<>();
  private final LengthHistogram titleLengths = new LengthHistogram();
  private final LengthHistogram abstractLengths = new LengthHistogram();
  private final Text lastDate = new Text(32);

  public InputStats(String source) {
    this.source = source;
  }

  /** Counts one record; {@code duplicate} when its title was seen earlier in the run. */
  public void add(RecordView r, boolean duplicate) {
    records++;
    if (duplicate) {
      duplicates++;
    }
    if (r.urlCount() > 0) {
      withUrls++;
    }
    Text date = r.date();
    // A digest's records share one date line: a String is made only when it changes.
    if (date != null && !date.contentEquals(lastDate)) {
      lastDate.copyFrom(date);
      dates.add(date.toString());
    }
    titleLengths.add(r.title().chars());
    abstractLengths.add(r.abstractText().chars());
  }

  public void addWarning() {
    warnings++;
  }

  /** Adds another input's counts to these (for the run's total). */
  public void addAll(InputStats other) {
    records += other.records;
    warnings += other.warnings;
    duplicates += other.duplicates;
    withUrls += other.withUrls;
    dates.addAll(other.dates);
    titleLengths.addAll(other.titleLengths);
    abstractLengths.addAll(other.abstractLengths);
  }

  public String source() {
    return source;
  }

  public long records() {
    return records;
  }

  public long warnings() {
    return warnings;
  }

  public long duplicates() {
    return duplicates;
  }

  public long withUrls() {
    return withUrls;
  }

  /** The digest dates, in order of first appearance. */
  public List<String> dates() {
    return new ArrayList<>(dates);
  }

  @SuppressFBWarnings(
      value = "EI_EXPOSE_REP",
      justification = "the stats reports read the histogram once at the end; a copy would only cost")
  public LengthHistogram titleLengths() {
    return titleLengths;
  }

  @SuppressFBWarnings(
      value = "EI_EXPOSE_REP",
      justification = "the stats reports read the histogram once at the end; a copy would only cost")
  public LengthHistogram abstractLengths() {
    return abstractLengths;
  }
}
