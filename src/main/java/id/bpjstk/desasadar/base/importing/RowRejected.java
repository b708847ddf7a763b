package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.Serial;

/**
 * A record refused by parsing or validation, with the column at fault ({@code null}: the record as a whole) and the
 * reason as a message key, rendered only when the report is shown. No stack trace: thousands of bad rows are ordinary
 * input, not a bug.
 */
public final class RowRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String column;
    private final transient RuleViolation reason;

    public RowRejected(String column, String messageKey, Object... args) {
        this(column, new RuleViolation(messageKey, args));
    }

    public RowRejected(String column, RuleViolation reason) {
        super(reason.messageKey(), null, false, false);
        this.column = column;
        this.reason = reason;
    }

    public String column() {
        return column;
    }

    public RuleViolation reason() {
        return reason;
    }
}
