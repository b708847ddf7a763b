package id.bpjstk.desasadar.base.security;

import java.util.List;

/** The languages a user may choose (the UI bundles that exist). */
public final class AppUserLanguages {

    public static final List<String> SUPPORTED = List.of("id", "en");

    private AppUserLanguages() {
    }
}
