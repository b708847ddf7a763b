package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.db.SqlLike;
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

    /**
     * The scope as an SQL condition on a column of area codes, {@code " AND (col LIKE ? OR …)"}, with its arguments
     * appended to {@code args}; empty for the national scope. A code prefix is an index range, so scoped queries stay
     * cheap (area codes are dotted and fixed-width per level: {@code 35%} never matches another province).
     */
    public String andSqlCondition(String column, java.util.List<Object> args) {
        if (isNational()) {
            return "";
        }
        var sql = new StringBuilder(" AND (");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(column).append(" LIKE ?");
            args.add(SqlLike.startingWith(codes.get(i)));
        }
        return sql.append(')').toString();
    }
}
