package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.security.AreaScope;

/** Prefix logic on Kemendagri codes, in both directions. */
final class AreaPrefixes {

    private AreaPrefixes() {
    }

    /** {@code 35.78.01.1001} lies inside {@code 35.78} and inside itself. */
    static boolean inside(String code, String container) {
        return code.equals(container) || code.startsWith(container + ".");
    }

    /**
     * Whether a scope and an area share ground: scope {@code 35} meets area {@code 35.78} (the area is inside
     * it) and scope {@code 35.78.01} meets area {@code 35.78} (the scope is inside the area).
     */
    static boolean meets(AreaScope scope, String area) {
        return scope.includes(area) || scope.codes().stream().anyMatch(c -> inside(c, area));
    }
}
