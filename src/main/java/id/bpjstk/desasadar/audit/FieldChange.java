package id.bpjstk.desasadar.audit;

/**
 * One field of a recorded change, as text: {@code before} is null for a new record, {@code after} null for a deleted
 * one; a secret field (a password hash) shows {@link #HIDDEN} instead of its value.
 */
public record FieldChange(String field, String before, String after) {

    /** The value of a secret field on the trail: only the fact that it changed is kept. */
    public static final String HIDDEN = "[hidden]";
}
