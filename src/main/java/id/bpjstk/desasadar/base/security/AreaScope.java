package id.bpjstk.desasadar.base.security;

import java.util.List;

/**
 * The area codes a user may see: a code covers itself and everything below it ({@code 35} covers
 * {@code 35.09.01.2001}). The empty code is the national scope. Checks are prefix checks, so they
 * are cheap in Java and indexable in SQL ({@code code LIKE '35.%'}).
 */
public record AreaScope(List<String> codes) implements java.io.Serializable {

    public static final String NATIONAL = "";
    public static final AreaScope NONE = new AreaScope(List.of());

    public AreaScope {
        codes = List.copyOf(codes);
    }

    public static AreaScope of(String... codes) {
        return new AreaScope(List.of(codes));
    }

    public boolean isNational() {
        return codes.contains(NATIONAL);
    }

    public boolean includes(String areaCode) {
        if (areaCode == null) {
            return false;
        }
        for (String c : codes) {
            if (c.isEmpty() || areaCode.equals(c) || areaCode.startsWith(c + ".")) {
                return true;
            }
        }
        return false;
    }
}
