package id.bpjstk.desasadar.base.error;

/**
 * Input that breaks a rule, refused before anything changes. Carries a message key of the UI bundles
 * (and its arguments) so that the user reads why in their language.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public RuleViolation(String messageKey, Object... args) {
        this(messageKey, null, messageKey, args);
    }

    /** A refusal whose own message (for the log) is not its key, e.g. a file reader's English description. */
    protected RuleViolation(String message, Throwable cause, String messageKey, Object... args) {
        super(message, cause);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
