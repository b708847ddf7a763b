package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Names and levels of the areas partners and MoUs refer to. The area list is reference data that every
 * feature reads; these few lookups go to its table rather than widening the territory API for forms.
 */
@Component
class PartnerAreas {

    private static final RowMapper<AreaOption> OPTION =
            (rs, i) -> new AreaOption(rs.getString(1), rs.getString(2), AreaLevel.valueOf(rs.getString(3)));

    private final JdbcTemplate jdbc;

    PartnerAreas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AreaOption> find(String code) {
        return jdbc.query("SELECT code, name, level FROM area WHERE code = ?", OPTION, code).stream().findFirst();
    }

    /** The areas among {@code codes} that exist, by code. */
    Map<String, AreaOption> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        String marks = codes.stream().map(c -> "?").collect(Collectors.joining(","));
        return jdbc.query("SELECT code, name, level FROM area WHERE code IN (" + marks + ")", OPTION, codes.toArray())
                .stream().collect(Collectors.toMap(AreaOption::code, Function.identity()));
    }

    /** What a municipality may govern: a province or a regency. */
    List<AreaOption> provincesAndRegencies() {
        return jdbc.query("SELECT code, name, level FROM area WHERE level IN ('PROVINCE', 'REGENCY') ORDER BY code", OPTION);
    }

    /** What a MoU may cover: regencies and districts, inside {@code within} (itself included) or anywhere when null. */
    List<AreaOption> regenciesAndDistricts(String within) {
        if (within == null) {
            return jdbc.query("SELECT code, name, level FROM area WHERE level IN ('REGENCY', 'DISTRICT') ORDER BY code", OPTION);
        }
        return jdbc.query("""
                SELECT code, name, level FROM area
                WHERE code = ? OR (code LIKE ? AND level IN ('REGENCY', 'DISTRICT')) ORDER BY code""",
                OPTION, within, SqlLike.startingWith(within + "."));
    }
}
