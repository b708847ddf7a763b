package id.bpjstk.desasadar.planning;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One reason of a village's priority, in words: a message key ({@code planning.reason.*}) and its arguments, so that
 * the view shows it in the reader's language. An argument of type {@link Labels} is a list of message keys, shown
 * translated and joined ("perkebunan, pasar").
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /** Message keys shown as a comma-separated list of their texts. */
    public record Labels(List<String> keys) {
        public Labels {
            keys = List.copyOf(keys);
        }
    }

    /** How the view turns a key and its arguments into text ({@code getTranslation}). */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... params);
    }

    public String text(Translator t) {
        Object[] params = args.stream()
                .map(a -> a instanceof Labels l ? l.keys().stream().map(k -> t.t(k)).collect(Collectors.joining(", ")) : a)
                .toArray();
        return t.t(key, params);
    }
}
