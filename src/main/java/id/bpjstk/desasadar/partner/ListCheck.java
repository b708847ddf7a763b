package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.importing.RejectionReport;
import java.time.YearMonth;
import java.util.List;

/**
 * What a partner learns from checking its own list of NIKs against its MoUs for a month: per row, matched (covered by
 * one of its MoUs that month), not covered (funded by one of its MoUs, but not that month) or not found (unknown, or
 * funded by anyone else: the answer does not tell which). Malformed rows are in the {@code report}, rendered when downloaded.
 */
public record ListCheck(YearMonth month, List<Row> rows, long rejected, RejectionReport report) {

    public enum Result {
        MATCHED, NOT_COVERED, NOT_FOUND;

        public String messageKey() {
            return "partner-list.result." + name();
        }
    }

    /** One NIK of the list, as the partner typed it, with the MoU number when it is one of theirs. */
    public record Row(long line, String nik, Result result, String mouNumber) {
    }

    public ListCheck {
        rows = List.copyOf(rows);
    }

    public long count(Result result) {
        return rows.stream().filter(r -> r.result() == result).count();
    }
}
