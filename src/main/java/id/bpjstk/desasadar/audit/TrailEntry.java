package id.bpjstk.desasadar.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the trail: a change of a record, or a read of personal data.
 *
 * @param kind      the kind of record changed, or the read's action ({@code worker.nik-lookup})
 * @param record    the record's id, or what was read (the read's subject)
 * @param operation {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code IMPORT}, or {@code READ}
 * @param changes   the changed fields; empty for a read
 */
public record TrailEntry(Source source, long id, LocalDateTime at, String username, String kind, String record, String operation,
                         List<FieldChange> changes) {

    public enum Source { CHANGE, READ }

    /** Whether this row belongs to a record whose history can be opened. */
    public boolean isChange() {
        return source == Source.CHANGE;
    }
}
