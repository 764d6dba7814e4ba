package dev.digest.report;

/**
 * What a {@code digest check} run looked at.
 *
 * @param files inputs read
 * @param records records found
 * @param warnings diagnostics reported
 */
public record CheckSummary(int files, long records, long warnings) {}
