package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageQueries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deterministic stand-in for the coverage store, preferred over the real {@code CoverageService} here: figures
 * derived from the area code and period, cut to the caller's scope as the real service does. A partner sees its
 * enrolled and active workers but no reach. Imported only by the coverage view's tests.
 */
@TestConfiguration
class FakeCoverage {

    /** Areas whose figures this fake leaves empty, so "no data" can be tested. */
    static final String NO_DATA_CODE = "35.79";

    @Bean
    @Primary
    CoverageQueries fakeCoverageQueries(JdbcTemplate jdbc, CurrentUser currentUser) {
        return new Queries(jdbc, currentUser);
    }

    @Bean
    @Primary
    TargetLookup fakeTargets() {
        return (code, measure, period) -> code.length() <= 5 && !code.equals(NO_DATA_CODE)
                ? (long) (seed(code) % 900 + 300) * period.months().size() : null;
    }

    static long seed(String code) {
        long h = 17;
        for (char c : code.toCharArray()) {
            h = h * 31 + c;
        }
        // mixed (MurmurHash3's finaliser), so that neighbouring codes get unrelated figures
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h & Long.MAX_VALUE;
    }

    record Queries(JdbcTemplate jdbc, CurrentUser currentUser) implements CoverageQueries {

        @Override
        public CoverageFigures area(String code, CoveragePeriod period) {
            AreaScope scope = currentUser.scope();
            if (!code.isEmpty() && !scope.includes(code) && scope.codes().stream().noneMatch(c -> c.startsWith(code + "."))) {
                return null;
            }
            String name = code.isEmpty() ? "Indonesia"
                    : jdbc.query("SELECT name FROM area WHERE code = ?", (rs, i) -> rs.getString(1), code).stream().findFirst().orElse(null);
            return name == null ? null : figures(code, name, period);
        }

        @Override
        public List<CoverageFigures> villages(String areaCode, CoveragePeriod period) {
            return List.of(); // the coverage view does not list villages in bulk
        }

        @Override
        public List<CoverageFigures> children(String parentCode, CoveragePeriod period) {
            AreaScope scope = currentUser.scope();
            var result = new ArrayList<CoverageFigures>();
            String sql = parentCode.isEmpty() ? "SELECT code, name FROM area WHERE level = 'PROVINCE' ORDER BY code"
                    : "SELECT code, name FROM area WHERE parent_code = ? ORDER BY code";
            Object[] args = parentCode.isEmpty() ? new Object[0] : new Object[] {parentCode};
            jdbc.query(sql, rs -> {
                String code = rs.getString(1);
                boolean visible = scope.includes(code) || scope.codes().stream().anyMatch(c -> c.startsWith(code + "."));
                if (visible && !code.equals(NO_DATA_CODE)) {
                    result.add(figures(code, rs.getString(2), period));
                }
            }, args);
            return result;
        }

        private CoverageFigures figures(String code, String name, CoveragePeriod period) {
            long s = seed(code + period.to().getYear());
            int scale = code.isEmpty() ? 1000 : switch (code.length()) {
                case 2 -> 100;
                case 5 -> 10;
                default -> 1;
            };
            long enrolled = (s % 500 + 50) * scale;
            long active = enrolled * (40 + s % 50) / 100;
            long newEnrollments = (s % 300 + 20) * scale * period.months().size() / 12 + 1;
            boolean partner = currentUser.hasRole(Role.PARTNER);
            long reached = partner ? 0 : active * (4 + s % 5);
            return new CoverageFigures(code, name, reached, newEnrollments, enrolled, active, enrolled - active,
                    s % 1000 * 16_800, partner ? 0 : s % 700 * 16_800, 0, partner ? 0 : s % 9, s % 4, enrolled * 3,
                    enrolled);
        }

        @Override
        public List<MonthFigures> trend(String code, YearMonth from, YearMonth to) {
            var months = new ArrayList<MonthFigures>();
            CoverageFigures base = area(code, CoveragePeriod.month(to));
            if (base == null) {
                return months;
            }
            int i = 0;
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1), i++) {
                months.add(new MonthFigures(m, new CoverageFigures(code, base.name(), base.reached() / 12, base.newEnrollments() / 12 + i,
                        base.enrolled() * (80 + i) / 100, base.active() * (75 + i) / 100, base.nonActive(), 0, 0, 0, 0, 0, 0, 0)));
            }
            return months;
        }

        @Override
        public List<CoverageFigures> offices(String code, CoveragePeriod period) {
            CoverageFigures base = area(code, period);
            return base == null ? List.of() : List.of(
                    new CoverageFigures("KC-1", "Kantor Cabang Satu", 0, base.newEnrollments() / 2, 0, 0, 0, 100_000, 0, 0, 0, 0, 0, 0),
                    new CoverageFigures("KC-2", "Kantor Cabang Dua", 0, base.newEnrollments() / 3, 0, 0, 0, 50_000, 0, 0, 0, 0, 0, 0));
        }

        @Override
        public List<AgentFigures> agents(String code, CoveragePeriod period, int limit) {
            CoverageFigures base = area(code, period);
            return base == null ? List.of() : List.of(new AgentFigures(1, "PRS-001", "Agen Satu", code, 12, 201_600),
                    new AgentFigures(2, "PRS-002", "Agen Dua", code, 7, 117_600)).stream().limit(limit).toList();
        }
    }
}
