package id.bpjstk.desasadar.territory.importing;

import java.io.Serial;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem with the file as a whole (wrong header, not a FeatureCollection, not UTF-8, truncated
 * data...), as opposed to a bad row, which is reported through {@link AreaRowSink#reject}.
 *
 * <p>Carries a message key of the UI bundles and its arguments, so that the administrator reads why in their
 * language; {@link #getMessage()} is the English text, for the log.
 *
 * <p>Because files are streamed, rows before the problem may already have been handed to the sink;
 * callers should discard everything from a file that ends in this exception.
 */
public class CoordinateFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public CoordinateFileException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public CoordinateFileException(Throwable cause, String messageKey, Object... args) {
        super(english(messageKey, args), cause);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    private static String english(String key, Object[] args) {
        String pattern = ResourceBundle.getBundle("messages", Locale.ENGLISH).getString(key);
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
