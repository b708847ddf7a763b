package id.bpjstk.desasadar.benchmark;

import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The population of {@link PagesUnderLoadBenchmark}, generated on the server by {@code INSERT … SELECT} from MariaDB's
 * sequence engine like {@link CoverageBenchmarkData}: {@code WORKERS} workers spread evenly over the official villages
 * (the bundled map data), ten partner municipalities, each with a MoU over one regency of Jawa Timur funding every
 * second worker of it and a partner user ({@code mitra.beban.N}), and ten national users who export
 * ({@code ekspor.N}, administrators: their export is every worker). Password of all: {@code demo1234}.
 */
final class LoadBenchmarkData {

    static final int WORKERS = Integer.getInteger("benchmark.load.workers", 300_000);
    static final int PARTNERS = 10;
    static final String PASSWORD = "demo1234";

    private LoadBenchmarkData() {
    }

    static String partnerUser(int n) {
        return "mitra.beban." + n;
    }

    static String exportUser(int n) {
        return "ekspor." + n;
    }

    /** Generates everything; returns the regencies the partners fund, in partner order. */
    static List<String> generate(JdbcTemplate jdbc, UserService users) {
        BenchmarkDatabase.prepare(jdbc);
        List<String> regencies = jdbc.queryForList("""
                SELECT code FROM area WHERE level = 'REGENCY' AND code LIKE '35.%' AND code <> '35.78' ORDER BY code LIMIT ?""",
                String.class, PARTNERS);
        long start = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (Statement s = c.createStatement()) {
                for (int n = 0; n < regencies.size(); n++) {
                    String code = regencies.get(n);
                    s.execute("INSERT INTO partner (kind, name, area_code) VALUES ('MUNICIPALITY', 'Pemda beban " + n + "', '" + code + "')");
                    s.execute("""
                            INSERT INTO mou (partner_id, number, title, starts_on, ends_on, quota)
                            SELECT id, 'LOAD-MOU-%1$d', 'APBD beban %1$d', CURDATE() - INTERVAL 1 YEAR, CURDATE() + INTERVAL 2 YEAR, 1000000
                            FROM partner WHERE name = 'Pemda beban %1$d'""".formatted(n));
                    s.execute("INSERT INTO mou_area (mou_id, area_code) SELECT id, '" + code + "' FROM mou WHERE number = 'LOAD-MOU-" + n + "'");
                }
                s.execute("""
                        CREATE TEMPORARY TABLE load_village (n INT NOT NULL PRIMARY KEY, code VARCHAR(13) NOT NULL) ENGINE = InnoDB
                        AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 n, code FROM area WHERE level = 'VILLAGE'""");
                s.execute("""
                        CREATE TEMPORARY TABLE load_mou (regency VARCHAR(13) NOT NULL PRIMARY KEY, id BIGINT NOT NULL) ENGINE = InnoDB
                        AS SELECT a.area_code regency, m.id FROM mou m JOIN mou_area a ON a.mou_id = m.id WHERE m.number LIKE 'LOAD-MOU-%'""");
                long villages;
                try (var rs = s.executeQuery("SELECT COUNT(*) FROM load_village")) {
                    rs.next();
                    villages = rs.getLong(1);
                }
                s.execute("""
                        INSERT INTO worker (id, nik, full_name, sex, birth_date, occupation, village_code, jht, income_band, funding,
                                            mou_id, enrolled_on, paid_through, active_from, created_at, created_by)
                        SELECT p.seq, LPAD(p.seq, 16, '0'), CONCAT('Pekerja ', p.seq), IF(p.seq %% 2 = 0, 'L', 'P'),
                               '1965-01-01' + INTERVAL (p.seq %% 14000) DAY,
                               ELT(1 + p.seq %% 9, 'PETANI', 'PEKEBUN', 'NELAYAN', 'PEDAGANG_PASAR', 'PEDAGANG_KELILING', 'JURU_PARKIR',
                                   'OJEK', 'INDUSTRI_RUMAHAN', 'LAINNYA'),
                               v.code, p.seq %% 4 = 0, 1 + p.seq %% 3,
                               IF(m.id IS NOT NULL AND p.seq %% 2 = 0, 'APBD', 'SELF'), IF(p.seq %% 2 = 0, m.id, NULL),
                               CURDATE() - INTERVAL (p.seq %% 700) DAY,
                               IF(p.seq %% 3 = 0, NULL, DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%%Y-%%m-01')),
                               IF(p.seq %% 3 = 0, NULL, CURDATE() - INTERVAL (p.seq %% 700) DAY), NOW(), 'benchmark'
                        FROM (SELECT CAST(seq AS SIGNED) seq FROM seq_1_to_%2$d) p
                        JOIN load_village v ON v.n = p.seq * 7919 %% %1$d
                        LEFT JOIN load_mou m ON m.regency = LEFT(v.code, 5)""".formatted(villages, WORKERS));
            }
            return null;
        });
        for (int n = 0; n < regencies.size(); n++) {
            users.createIfAbsent(partnerUser(n), "Mitra beban " + n, PASSWORD, Role.PARTNER, Set.of(regencies.get(n)));
            long partner = jdbc.queryForObject("SELECT id FROM partner WHERE name = ?", Long.class, "Pemda beban " + n);
            users.assignPartner(partnerUser(n), partner);
            users.createIfAbsent(exportUser(n), "Pengunduh " + n, PASSWORD, Role.ADMIN, Set.of(AreaScope.NATIONAL));
        }
        System.out.printf("BENCHMARK pages under load data: %,d workers over the official villages, %d partners with a MoU each"
                        + " (%,d funded workers), generated in %,d ms%n", WORKERS, regencies.size(),
                jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE mou_id IS NOT NULL", Long.class), (System.nanoTime() - start) / 1_000_000);
        return new ArrayList<>(regencies);
    }
}
