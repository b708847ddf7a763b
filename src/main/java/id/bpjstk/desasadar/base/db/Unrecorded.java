package id.bpjstk.desasadar.base.db;

import java.util.function.Supplier;

/**
 * Work whose changes stay off the change trail: the demo data written at start (decision 018). Only for data the
 * application itself makes up; every change a person or an import makes is recorded.
 */
public final class Unrecorded {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private Unrecorded() {
    }

    public static void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Whether this thread is inside {@link #run}. */
    public static boolean active() {
        return ACTIVE.get();
    }
}
