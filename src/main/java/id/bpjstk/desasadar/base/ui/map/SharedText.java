package id.bpjstk.desasadar.base.ui.map;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One copy of equal layer texts for all open maps: a national outline layer is a few hundred kilobytes, built anew for
 * each user who opens the same view, and each map keeps its layers to send them again after a reload. Kept weakly: a
 * text no open map holds any more is collected.
 */
final class SharedText {

    private static final Map<String, WeakReference<String>> TEXTS = new WeakHashMap<>();

    private SharedText() {
    }

    /** The copy of {@code text} that other maps already hold, or {@code text} itself. */
    static synchronized String of(String text) {
        WeakReference<String> kept = TEXTS.get(text);
        String shared = kept == null ? null : kept.get();
        if (shared != null) {
            return shared;
        }
        TEXTS.put(text, new WeakReference<>(text));
        return text;
    }
}
