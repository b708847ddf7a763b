package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;

/**
 * Receives the rows of a coordinate file one at a time, so that the reader never has to hold the
 * whole file. Every row ends up in exactly one of the two methods.
 */
public interface AreaRowSink {

    /** A fully valid row. */
    void accept(ParsedArea row);

    /**
     * A row that was skipped as a whole (nothing of it is to be applied).
     *
     * @param code   the code as written in the file, or {@code null} if it could not be read
     * @param reason why, as a message key and its arguments, e.g. "latitude 12.5 is outside Indonesia (-11 to 6)"
     */
    void reject(long rowNumber, String code, RuleViolation reason);
}
