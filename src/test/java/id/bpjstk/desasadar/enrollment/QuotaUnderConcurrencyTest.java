package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A MoU's quota holds whoever takes its places at the same time: imports and the form lock the same MoU row and
 * count what is stored, not what was free when they started (issue 13, item 11).
 */
@IntegrationTest
class QuotaUnderConcurrencyTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final int QUOTA = 6;
    static final String REGENCY = "35.16";
    static final AtomicInteger SERIAL = new AtomicInteger(7100);

    @Autowired WorkerService workers;
    @Autowired WorkerImportService imports;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path temp;

    MouView mou;
    String village;

    @BeforeEach
    void aMouWithThreePlacesLeft() {
        SignIn.as(users, "quota-admin", Role.ADMIN, AreaScope.NATIONAL);
        PartnerView partner = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkab Kuota " + System.nanoTime(),
                REGENCY, null, null, null), PartnerView.NEW);
        mou = partners.saveMou(partner.id(), null, new MouDraft("KUOTA/" + System.nanoTime(), "Subsidi kuota",
                TODAY.minusMonths(1), TODAY.plusMonths(6), QUOTA, null, List.of(REGENCY)), MouView.NEW);
        village = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '35.16.%' AND LENGTH(code) = 13", String.class);
        coordinator();
        for (int i = 0; i < QUOTA - 3; i++) {
            workers.enroll(draft(nik()));
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_imports_and_a_form_enrolment_at_once_never_take_more_places_than_the_quota() throws Exception {
        Path first = file("a.csv", 4);
        Path second = file("b.csv", 4);
        var start = new CountDownLatch(1);
        List<Callable<Object>> jobs = List.of(
                () -> { coordinator(); start.await(); return imports.importFile(first, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false); },
                () -> { coordinator(); start.await(); return imports.importFile(second, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false); },
                () -> { coordinator(); start.await(); return enrolOrRefusal(); });
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            List<Future<Object>> running = new ArrayList<>();
            jobs.forEach(j -> running.add(pool.submit(j)));
            start.countDown();
            for (Future<Object> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(enrolledUnderTheMou()).as("workers under a MoU with a quota of " + QUOTA).isEqualTo(QUOTA);
    }

    @Test
    void a_worker_already_counted_under_a_full_mou_can_still_be_edited() {
        WorkerView w = workers.enroll(draft(nik()));
        workers.enroll(draft(nik()));
        workers.enroll(draft(nik()));
        assertThat(enrolledUnderTheMou()).isEqualTo(QUOTA);

        WorkerDraft d = draft(w.nik());
        WorkerView edited = workers.update(w.id(), new WorkerDraft(d.nik(), "Nama Diperbaiki", d.sex(), d.birthDate(), d.phone(), d.occupation(),
                d.villageCode(), d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(),
                d.agentId(), d.kpj()), w.version());

        assertThat(edited.fullName()).isEqualTo("Nama Diperbaiki");
        assertThat(enrolledUnderTheMou()).isEqualTo(QUOTA);
    }

    private Object enrolOrRefusal() {
        try {
            return workers.enroll(draft(nik()));
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
    }

    private long enrolledUnderTheMou() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE mou_id = ?", Long.class, mou.id());
    }

    private Path file(String name, int rows) throws Exception {
        var lines = new ArrayList<String>();
        lines.add("nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj;no_mou");
        for (int i = 0; i < rows; i++) {
            lines.add(nik() + ";Peserta Kuota;;;;PETANI;" + village + ";tidak;1000000;APBD;" + TODAY + ";;" + mou.number());
        }
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private WorkerDraft draft(String nik) {
        return WorkerServiceTest.draft(nik, village, Funding.APBD, mou.id()).d();
    }

    /** A man of the regency's first district, born on 1 January 1990, with a serial of his own. */
    private String nik() {
        return village.substring(0, 8).replace(".", "") + "010190" + "%04d".formatted(SERIAL.incrementAndGet());
    }

    private void coordinator() {
        SignIn.as(users, "quota-coordinator", Role.COORDINATOR, "35");
    }
}
