package id.bpjstk.desasadar.territory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official hierarchy bundled with the product (idn-area-data 4.0.1, ODbL) on first start.
 * All four levels go in one transaction, so a start that dies half-way leaves an empty table and the
 * next start loads again; a table that has rows is never loaded twice.
 */
@Component
@Order(1)
class OfficialAreaLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfficialAreaLoader.class);
    private static final String INSERT =
            "INSERT INTO area (code, parent_code, level, kind, name) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    OfficialAreaLoader(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM area", Long.class);
        if (existing != null && existing > 0) {
            log.info("Official area list already loaded ({} areas)", existing);
            return;
        }
        long start = System.nanoTime();
        int total = tx.execute(status -> load("provinces.csv", null) + load("regencies.csv", "province_code")
                + load("districts.csv", "regency_code") + load("villages.csv", "district_code"));
        log.info("Loaded {} official areas in {} ms", total, (System.nanoTime() - start) / 1_000_000);
    }

    private int load(String file, String parentColumn) {
        List<Object[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("areas/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String code = r.get("code");
                AreaKind kind = AreaKind.ofCode(code);
                rows.add(new Object[] {code, parentColumn == null ? null : r.get(parentColumn),
                        AreaLevel.ofCode(code).name(), kind == null ? null : kind.name(), r.get("name")});
            }
        } catch (IOException e) {
            throw new IllegalStateException("Bundled area list " + file + " is unreadable", e);
        }
        jdbc.batchUpdate(INSERT, rows);
        return rows.size();
    }
}
