package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who reads the coverage figures: the area codes, and for a partner its MoU ids (null for everyone else). */
record CoverageReader(AreaScope scope, List<Long> mous) {

    boolean partner() {
        return mous != null;
    }

    /**
     * The stored areas whose cells add up to {@code code} within the scope: the area itself when the scope covers
     * it, else the scope's areas inside it; empty when none.
     */
    List<String> cellCodes(String code) {
        if (scope.includes(code)) {
            return List.of(code);
        }
        List<String> inside = new ArrayList<>();
        for (String s : scope.codes()) {
            if (code.isEmpty() || s.startsWith(code + ".")) {
                inside.add(s);
            }
        }
        return inside;
    }

    /** Whether two area codes overlap: one is the other or lies inside it ({@code ""} is the nation). */
    static boolean meets(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** Drops codes lying inside another code of the set, so that no cell is counted twice. */
    static List<String> withoutNested(Collection<String> codes) {
        List<String> kept = new ArrayList<>();
        for (String c : codes) {
            boolean nested = false;
            for (String other : codes) {
                if (!other.equals(c) && (other.isEmpty() || c.startsWith(other + "."))) {
                    nested = true;
                    break;
                }
            }
            if (!nested && !kept.contains(c)) {
                kept.add(c);
            }
        }
        return kept;
    }
}
