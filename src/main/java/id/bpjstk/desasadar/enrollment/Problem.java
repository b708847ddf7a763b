package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.List;

/**
 * One finding of a check (an error or a warning): a message key of the UI bundles and its arguments,
 * so a form can show every finding at once, in the user's language, instead of only the first refusal.
 */
public record Problem(String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String messageKey, Object... args) {
        return new Problem(messageKey, List.of(args));
    }

    /** The same finding as a refusal, for a service that cannot go on. */
    public RuleViolation toViolation() {
        return new RuleViolation(messageKey, args.toArray());
    }
}
