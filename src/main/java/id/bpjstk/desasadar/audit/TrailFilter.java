package id.bpjstk.desasadar.audit;

import java.time.LocalDate;

/**
 * What an administrator looks for on the trail; every part may be null (no condition).
 *
 * @param username who did it (exact user name)
 * @param kind     a kind of record ({@code worker}, {@code mou}, {@code worker-import}, …), {@link #READS} for every
 *                 read of personal data, or a read action ({@code worker.nik-lookup})
 * @param recordId the record's id within its kind (a worker's number, a village code)
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 */
public record TrailFilter(String username, String kind, String recordId, LocalDate from, LocalDate to) {

    /** The kind that stands for every read of personal data (table {@code audit_event}). */
    public static final String READS = "read";

    public static final TrailFilter ALL = new TrailFilter(null, null, null, null, null);

    public TrailFilter {
        username = blankToNull(username);
        kind = blankToNull(kind);
        recordId = blankToNull(recordId);
    }

    /** The history of one record. */
    public static TrailFilter record(String kind, String recordId) {
        return new TrailFilter(null, kind, recordId, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "user=" + (username == null ? "" : username) + " kind=" + (kind == null ? "" : kind) + " record="
                + (recordId == null ? "" : recordId) + " from=" + (from == null ? "" : from) + " to=" + (to == null ? "" : to);
    }
}
