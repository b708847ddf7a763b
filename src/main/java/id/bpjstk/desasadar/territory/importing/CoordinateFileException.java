package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.Serial;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem with the file as a whole (wrong header, not a FeatureCollection, not UTF-8, truncated
 * data...), as opposed to a bad row, which is reported through {@link AreaRowSink#reject}.
 *
 * <p>A refusal: its message key and arguments tell the administrator why in their language (the import refuses the
 * whole file with it); {@link #getMessage()} is the English text, for the log.
 *
 * <p>Because files are streamed, rows before the problem may already have been handed to the sink;
 * callers should discard everything from a file that ends in this exception.
 */
public class CoordinateFileException extends RuleViolation {

    @Serial
    private static final long serialVersionUID = 1L;

    public CoordinateFileException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public CoordinateFileException(Throwable cause, String messageKey, Object... args) {
        super(english(messageKey, args), cause, messageKey, args);
    }

    private static String english(String key, Object[] args) {
        String pattern = ResourceBundle.getBundle("messages", Locale.ENGLISH).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
