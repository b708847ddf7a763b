package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.Serial;

/**
 * A row refused by parsing or validation, with the column at fault ({@code null}: the row as a whole).
 * No stack trace: thousands of bad rows are ordinary input, not a bug.
 */
final class RowRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String column;
    private final transient RuleViolation reason;

    RowRejected(String column, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.column = column;
        this.reason = new RuleViolation(messageKey, args);
    }

    String column() {
        return column;
    }

    RuleViolation reason() {
        return reason;
    }
}
