package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.UmkmService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The UMKM binaan import at the size of issue 12's cigarette maker: {@code -Dbenchmark.umkm} rows (default 108,000) over
 * the official villages, imported (accept-valid), then the same file again (every row an update), then the company's
 * page queries: totals, per regency, per district, the first and a deep page of the list.
 */
@Tag("benchmark")
@IntegrationTest
class UmkmImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.umkm", 108_000);

    @Autowired UmkmImportService imports;
    @Autowired UmkmService umkm;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void umkm_import_of_a_large_companys_list_and_its_page() throws Exception {
        List<String> villages = WorkerCsvGenerator.officialVillages();
        Path file = Path.of("target/benchmark-umkm.csv").toAbsolutePath();
        long start = System.nanoTime();
        new UmkmCsvGenerator(villages, 20261128L).write(file, ROWS);
        System.out.printf("BENCHMARK umkm import: generated %,d rows over %,d villages, %,d bytes in %d ms%n", ROWS, villages.size(),
                Files.size(file), millis(start));
        SignIn.as(users, "benchmark-admin", Role.ADMIN, AreaScope.NATIONAL);
        long company = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Benchmark UMKM " + System.nanoTime(), null,
                null, null, null), PartnerView.NEW).id();
        try {
            start = System.nanoTime();
            ImportResult first = imports.importFile(company, file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);
            long firstMs = millis(start);
            assertThat(first.counts()).isEqualTo(new ImportCounts(ROWS, 0, 0));
            start = System.nanoTime();
            ImportResult again = imports.importFile(company, file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);
            long againMs = millis(start);
            assertThat(again.counts()).isEqualTo(new ImportCounts(0, ROWS, 0));
            first.report().delete();
            again.report().delete();
            System.out.printf("BENCHMARK umkm import %,d rows: first import %,d ms (%,.0f rows/s), re-import (all updates) %,d ms%n",
                    ROWS, firstMs, ROWS * 1000.0 / firstMs, againMs);

            start = System.nanoTime();
            long total = umkm.totals(company).umkm();
            long totalsMs = millis(start);
            start = System.nanoTime();
            int regencies = umkm.byArea(company, AreaLevel.REGENCY, "").size();
            long regencyMs = millis(start);
            start = System.nanoTime();
            int districts = umkm.byArea(company, AreaLevel.DISTRICT, "").size();
            long districtMs = millis(start);
            start = System.nanoTime();
            umkm.list(company, "", 0, 50);
            long firstPageMs = millis(start);
            start = System.nanoTime();
            int deep = umkm.list(company, "", ROWS - 100, 50).size();
            long deepPageMs = millis(start);
            assertThat(total).isEqualTo(ROWS);
            assertThat(deep).isEqualTo(50);
            System.out.printf("BENCHMARK umkm page %,d UMKM: totals %d ms; %d regencies %d ms; %,d districts %d ms; first page %d ms;"
                    + " page at offset %,d %d ms%n", ROWS, totalsMs, regencies, regencyMs, districts, districtMs, firstPageMs, ROWS - 100,
                    deepPageMs);
        } finally {
            jdbc.update("DELETE FROM site WHERE partner_id = ?", company);
            SignIn.out();
            Files.deleteIfExists(file);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
