package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.DemoUsers;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo company partner "PT Kretek Nusantara Sejahtera" (fictional) with its partner user {@code mitra.perusahaan} and
 * a CSR MoU over Sidoarjo and Surabaya, 36 UMKM binaan in the villages there with the most demo workers (imported
 * through the UMKM import, as an administrator would), some of those villages' demo workers linked to them (what
 * officers count) and two workers per UMKM enrolled under the company's MoU through the enrollment service, two in
 * three of them paying (what the company itself counts: its own MoU's workers), so that the company's UMKM page is not
 * empty on a first start. Demo only ({@code app.demo-umkm.enabled}, set by the demo profile with the population, so that
 * the population's own test counts the population alone), after the demo population; a start that finds the UMKM adds
 * nothing.
 */
@Component
@Profile("!production")
@ConditionalOnProperty(name = {"app.demo-population.enabled", "app.demo-umkm.enabled"}, havingValue = "true")
class DemoUmkm {

    static final String COMPANY = "PT Kretek Nusantara Sejahtera";
    static final String USER = "mitra.perusahaan";
    private static final int VILLAGES = 12;
    private static final int PER_VILLAGE = 3;
    private static final List<String> PRODUCTS = List.of("Kerupuk Udang", "Keripik Tempe", "Batik Tulis", "Tas Kulit", "Bandeng Presto",
            "Sandal Anyaman", "Kue Basah", "Petis Udang", "Sambal Bawang", "Konveksi", "Jamu Gendong", "Anyaman Bambu");
    /** Owners, as the UMKM are called after them ("Bu Sri") and as the list names them ("Sri Rahayu"). */
    private static final List<String[]> OWNERS = List.of(new String[] {"Bu Sri", "Sri Rahayu"}, new String[] {"Pak Hadi", "Hadi Susanto"},
            new String[] {"Bu Ningsih", "Ningsih Wulandari"}, new String[] {"Pak Slamet", "Slamet Riyadi"},
            new String[] {"Bu Yuli", "Yuli Astuti"}, new String[] {"Pak Rahmat", "Rahmat Hidayat"},
            new String[] {"Bu Endang", "Endang Lestari"}, new String[] {"Pak Joko", "Joko Purnomo"});
    private static final Logger log = LoggerFactory.getLogger(DemoUmkm.class);

    private final PartnerService partners;
    private final UserService users;
    private final UmkmImportService imports;
    private final WorkerService workers;
    private final ContributionService contributions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoUmkm(PartnerService partners, UserService users, UmkmImportService imports, WorkerService workers,
             ContributionService contributions, JdbcTemplate jdbc, Clock clock) {
        this.partners = partners;
        this.users = users;
        this.imports = imports;
        this.workers = workers;
        this.contributions = contributions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the demo population (order 20): the UMKM's workers are its workers. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void onStart() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        users.createIfAbsent("admin", "Administrator Sistem", DemoUsers.PASSWORD, Role.ADMIN, Set.of(""));
        users.createIfAbsent(USER, "Mitra PT Kretek Nusantara Sejahtera", DemoUsers.PASSWORD, Role.PARTNER, Set.of("35"));
        users.runAs("admin", () -> {
            long id = partners.partners().stream().filter(p -> p.name().equals(COMPANY)).findFirst()
                    .orElseGet(() -> partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, COMPANY, null,
                            "Divisi CSR", null, "csr@kretek-nusantara.example"), PartnerView.NEW)).id();
            users.assignPartner(USER, id);
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE partner_id = ?", Integer.class, id);
            if (existing != null && existing > 0) {
                return;
            }
            createUmkm(id);
        });
    }

    private void createUmkm(long companyId) {
        List<String> villages = jdbc.queryForList("""
                SELECT village_code FROM worker WHERE created_by = ? AND (village_code LIKE '35.15.%' OR village_code LIKE '35.78.%')
                GROUP BY village_code ORDER BY COUNT(*) DESC, village_code LIMIT ?""", String.class, DemoPopulation.CREATED_BY, VILLAGES);
        if (villages.isEmpty()) {
            return;
        }
        Random random = new Random(20261128L);
        var lines = new StringBuilder("kode_umkm;nama;pemilik;kode_desa;alamat;perkiraan_pekerja\n");
        int n = 0;
        for (String village : villages) {
            for (int i = 0; i < PER_VILLAGE; i++) {
                n++;
                String[] owner = OWNERS.get(random.nextInt(OWNERS.size()));
                lines.append("KNS-%04d;%s %s;%s;%s;Jl. Mawar No. %d;%d%n".formatted(n, PRODUCTS.get(random.nextInt(PRODUCTS.size())),
                        owner[0], owner[1], village, 1 + random.nextInt(60), 3 + random.nextInt(10)));
            }
        }
        Path file = null;
        try {
            file = Files.createTempFile("demo-umkm-", ".csv");
            Files.writeString(file, lines, StandardCharsets.UTF_8);
            ImportResult result = imports.importFile(companyId, file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);
            result.report().delete();
            int linked = linkWorkers(companyId, random);
            int funded = enrolFunded(companyId, random);
            log.info("Demo UMKM binaan of {}: {} UMKM, {} demo workers linked to them, {} enrolled under its MoU", COMPANY,
                    result.counts().inserted(), linked, funded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** A few workers of each UMKM's village (two to seven; the estimate is higher: the UMKM is not fully enrolled). */
    private int linkWorkers(long companyId, Random random) {
        int linked = 0;
        for (var site : jdbc.queryForList("SELECT id, village_code FROM site WHERE partner_id = ? ORDER BY id", companyId)) {
            List<Long> free = new ArrayList<>(jdbc.queryForList("SELECT id FROM worker WHERE village_code = ? AND site_id IS NULL"
                    + " AND created_by = ? ORDER BY id", Long.class, site.get("village_code"), DemoPopulation.CREATED_BY));
            Collections.shuffle(free, random);
            List<Long> chosen = free.subList(0, Math.min(free.size(), 2 + random.nextInt(6)));
            if (!chosen.isEmpty()) {
                linked += jdbc.update("UPDATE worker SET site_id = ?, version = version + 1 WHERE id IN ("
                        + String.join(",", Collections.nCopies(chosen.size(), "?")) + ")", prepend(site.get("id"), chosen));
            }
        }
        return linked;
    }

    /** Two workers per UMKM funded by a CSR MoU of the company (created here), two in three paying this month. */
    private int enrolFunded(long companyId, Random random) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        long mou = partners.mousOf(companyId).stream().findFirst().orElseGet(() -> partners.saveMou(companyId, null,
                new MouDraft("CSR/KNS/" + today.getYear(), "CSR UMKM binaan PT Kretek Nusantara Sejahtera " + today.getYear(), start,
                        LocalDate.of(today.getYear(), 12, 31), 500, 100_800_000L, List.of("35.15", "35.78")), MouView.NEW)).id();
        LocalDate enrolledOn = today.minusDays(20).isBefore(start) ? start : today.minusDays(20);
        int enrolled = 0;
        int serial = 9000;
        for (var site : jdbc.queryForList("SELECT id, village_code FROM site WHERE partner_id = ? ORDER BY id", companyId)) {
            String village = (String) site.get("village_code");
            for (int i = 0; i < 2; i++) {
                boolean woman = random.nextBoolean();
                LocalDate born = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
                String nik = village.substring(0, 8).replace(".", "") + "%02d%02d%02d%04d".formatted(born.getDayOfMonth() + (woman ? 40 : 0),
                        born.getMonthValue(), born.getYear() % 100, serial++);
                try {
                    WorkerView w = workers.enroll(new WorkerDraft(nik, (woman ? "Pekerja Perempuan " : "Pekerja ") + serial, null, null, null,
                            Occupation.INDUSTRI_RUMAHAN, village, null, ((Number) site.get("id")).longValue(), false, 1_000_000,
                            Funding.CSR, mou, enrolledOn, null, null, null));
                    if (random.nextInt(3) > 0) {
                        contributions.record(w.id(), YearMonth.from(today), null, null, today, Payer.MOU, mou);
                    }
                    enrolled++;
                } catch (RuleViolation refused) {
                    // a NIK the population already holds, or a month without tariffs: one demo worker fewer
                    log.debug("Demo UMKM worker skipped: {}", refused.messageKey());
                }
            }
        }
        return enrolled;
    }

    private static Object[] prepend(Object first, List<Long> rest) {
        var args = new ArrayList<Object>();
        args.add(first);
        args.addAll(rest);
        return args.toArray();
    }
}
