package id.bpjstk.desasadar.enrollment;

import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.SURABAYA_VILLAGE;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a partner sees of the workers it funds (issue 12, items 1–2; decision 014): never enough to rebuild a NIK, on
 * every surface, and a NIK look-up that tells nothing about workers it does not fund and is always on the audit trail.
 */
@IntegrationTest
class PartnerPrivacyTest {

    static final String PARTNER = "pemkot.surabaya";
    /** Serials of their own, apart from those of the other worker tests sharing the database. */
    static final AtomicInteger SERIAL = new AtomicInteger(9100);
    static final String PHONE = "+6281234567890";

    /**
     * The fields of {@link WorkerView} that say nothing about the digits of a NIK: names, the worker's choices and
     * payments, and ids. Any field added to the view must be placed here or in the derivation below, or this test fails.
     */
    static final Set<String> NOT_ABOUT_THE_NIK = Set.of("id", "fullName", "phone", "occupation", "villageName", "villageRole",
            "siteId", "jht", "incomeBand", "funding", "mouId", "eventId", "agentId", "kpj", "paidThrough", "active", "statusSince",
            "version", "editable");
    /** The fields the derivation takes into account. */
    static final Set<String> ABOUT_THE_NIK = Set.of("nik", "sex", "birthDate", "birthYear", "villageCode", "enrolledOn");

    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired WorkerExport exports;
    @Autowired ContributionService contributions;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired AuditTrail auditTrail;

    MouView mou;

    @BeforeEach
    void signInAsSurabayaCoordinator() {
        coordinator();
        mou = partners.mousCovering(SURABAYA_VILLAGE, TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void more_than_a_thousand_niks_fit_everything_a_partner_is_shown_of_a_worker() {
        // a typical worker, and the worst case: enrolled on 1 January on the day they turned 15, so that the birth year
        // and the age rule leave a single birth date
        LocalDate newYear = TODAY.withDayOfYear(1);
        long typical = enrol(nik("357801", 52, 3, 85), newYear, "12345678901").id();
        LocalDate fifteenth = newYear.minusYears(Nik.MIN_AGE);
        long youngest = enrol(nik("357801", fifteenth.getDayOfMonth() + 40, fifteenth.getMonthValue(), fifteenth.getYear() % 100),
                newYear, "12345678902").id();

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        for (long id : List.of(typical, youngest)) {
            WorkerView shown = workerQueries.find(id).orElseThrow();
            assertThat(Arrays.stream(WorkerView.class.getRecordComponents()).map(RecordComponent::getName))
                    .as("every field of the partner's view is accounted for").allMatch(n -> ABOUT_THE_NIK.contains(n) || NOT_ABOUT_THE_NIK.contains(n));
            long consistent = consistentNiks(shown);
            System.out.println("worker " + id + ": " + consistent + " NIKs fit the partner's view");
            assertThat(consistent).as("NIKs consistent with the partner's view of worker " + id).isGreaterThan(1_000);
        }
    }

    /**
     * Every NIK that agrees with the partner's view: with each digit the mask shows, the district of the village shown
     * (the worst case: the NIK was issued where the worker lives), the sex shown, a birth date that exists, lies in the
     * birth year shown (or on the birth date, were one shown) and makes the worker {@value Nik#MIN_AGE} to
     * {@value Nik#MAX_AGE} on the enrolment date shown, and a serial other than 0000 ({@link Nik#check}). The date digits
     * and the serial are enumerated apart and multiplied: no rule ties the one to the other.
     */
    static long consistentNiks(WorkerView shown) {
        String mask = shown.nik();
        assertThat(mask).hasSize(Nik.LENGTH);
        String district = shown.villageCode().substring(0, 8).replace(".", "");
        for (int i = 0; i < 6; i++) {
            if (Character.isDigit(mask.charAt(i)) && mask.charAt(i) != district.charAt(i)) {
                return 0;
            }
        }
        long dates = 0;
        for (int d = 0; d < 1_000_000; d++) {
            int day = d / 10_000 % 40;
            int month = d / 100 % 100;
            if (day < 1 || month < 1 || month > 12) {
                continue; // never a day or a month (NikCheck refuses these too): skipped to save thirteen checks in fourteen
            }
            String ddmmyy = "%06d".formatted(d);
            if (!fits(mask, 6, ddmmyy)) {
                continue;
            }
            NikCheck check = Nik.check(district + ddmmyy + "0001", shown.enrolledOn(), code -> true);
            if (check.valid() && check.sex() == shown.sex()
                    && (shown.birthDate() == null || check.birthDate().equals(shown.birthDate()))
                    && (shown.birthYear() == null || check.birthDate().getYear() == shown.birthYear())) {
                dates++;
            }
        }
        long serials = 0;
        for (int s = 1; s < 10_000; s++) {
            if (fits(mask, 12, "%04d".formatted(s))) {
                serials++;
            }
        }
        return dates * serials;
    }

    private static boolean fits(String mask, int from, String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char shown = mask.charAt(from + i);
            if (Character.isDigit(shown) && shown != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void the_derivation_catches_a_mask_that_gives_too_much_away() {
        // the mask that partners had before: first four and last four digits, next to a birth date
        String nik = "3578015203850001";
        var old = new WorkerView(1, nik.substring(0, 4) + "••••••••" + nik.substring(12), "x", Sex.FEMALE, LocalDate.of(1985, 3, 12),
                1985, null, Occupation.PETANI, SURABAYA_VILLAGE, "x", null, null, false, 0, Funding.APBD, 1L, TODAY, null, null, null,
                null, false, null, 0, false);
        assertThat(consistentNiks(old)).isEqualTo(1);
        // a birth year with the serial shown still leaves only the days of a year
        var yearOnly = new WorkerView(1, old.nik(), "x", Sex.FEMALE, null, 1985, null, Occupation.PETANI, SURABAYA_VILLAGE, "x", null,
                null, false, 0, Funding.APBD, 1L, TODAY, null, null, null, null, false, null, 0, false);
        assertThat(consistentNiks(yearOnly)).isEqualTo(365);
    }

    @Test
    void the_grid_row_and_the_page_of_a_partner_hold_no_birth_date_and_masked_nik_phone_and_kpj() {
        String nik = nik("357801", 17, 8, 85);
        long id = enrol(nik, TODAY, "22345678901").id();

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        WorkerView row = workerQueries.list(new WorkerFilter(SURABAYA_VILLAGE, null, null, null, null, null), 0, 10_000).stream()
                .filter(w -> w.id() == id).findFirst().orElseThrow();
        WorkerView page = workerQueries.find(id).orElseThrow();
        for (WorkerView w : List.of(row, page)) {
            assertThat(w.nik()).isEqualTo("••••••••••••••••");
            assertThat(w.birthDate()).isNull();
            assertThat(w.birthYear()).isEqualTo(1985);
            assertThat(w.phone()).isEqualTo("+62••••••••890");
            assertThat(w.kpj()).isEqualTo("••••••••901");
        }

        coordinator();
        WorkerView staff = workerQueries.find(id).orElseThrow();
        assertThat(staff.nik()).isEqualTo(nik);
        assertThat(staff.birthDate()).isEqualTo(LocalDate.of(1985, 8, 17));
        assertThat(staff.phone()).isEqualTo(PHONE);
        assertThat(staff.kpj()).isEqualTo("22345678901");
    }

    @Test
    void a_partners_exports_and_payments_hold_no_nik_birth_date_phone_or_kpj() {
        String nik = nik("357801", 18, 8, 85);
        long id = enrol(nik, TODAY, "32345678901").id();
        contributions.record(id, YearMonth.from(TODAY), null, null, TODAY, Payer.MOU, mou.id());

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        var filter = new WorkerFilter(SURABAYA_VILLAGE, null, null, null, null, null);
        for (ExportFormat format : ExportFormat.values()) {
            String workerFile = export(format, out -> exports.workers(filter, format, out));
            String paymentFile = export(format, out -> exports.contributions(filter, format, out));
            for (String file : List.of(workerFile, paymentFile)) {
                assertThat(file).as(format + " export").doesNotContain(nik).doesNotContain("1985-08-18").doesNotContain("18-08-1985")
                        .doesNotContain("81234567890").doesNotContain("32345678901");
            }
            if (format == ExportFormat.CSV) {
                assertThat(workerFile).contains(";tahun_lahir;").doesNotContain("tanggal_lahir").contains("••••••••••••••••;")
                        .contains(";1985;").contains("+62••••••••890").contains("••••••••901");
                assertThat(paymentFile).contains("••••••••••••••••;");
            }
        }
        // the payments on the worker's page carry no personal data at all, only the months and amounts
        assertThat(contributions.ofWorker(id)).singleElement().satisfies(c -> assertThat(c.toString()).doesNotContain(nik));
    }

    private static String export(ExportFormat format, java.util.function.Consumer<ByteArrayOutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        if (format == ExportFormat.CSV) {
            return out.toString(StandardCharsets.UTF_8);
        }
        // every part of the XLSX file, read through the central directory as spreadsheets do (entries are streamed)
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("partner-export-", ".xlsx");
            java.nio.file.Files.write(file, out.toByteArray());
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var text = new StringBuilder();
                for (var entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
                return text.toString();
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_partner_looking_up_a_nik_it_does_not_fund_gets_the_same_not_found_as_for_an_unknown_one_and_every_look_up_is_audited() {
        String funded = nik("357801", 19, 8, 85);
        long fundedId = enrol(funded, TODAY, null).id();
        String selfPaid = nik("357801", 20, 8, 85);
        workers.enroll(WorkerServiceTest.draft(selfPaid, SURABAYA_VILLAGE, Funding.SELF, null).d());
        String unknown = nik("357801", 21, 8, 85);

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        assertThat(workers.lookup(funded)).isInstanceOfSatisfying(WorkerService.NikLookup.InScope.class, found -> {
            assertThat(found.worker().id()).isEqualTo(fundedId);
            assertThat(found.worker().nik()).isEqualTo("••••••••••••••••");
            assertThat(found.worker().birthDate()).isNull();
        });
        assertThat(workers.lookup(selfPaid)).isEqualTo(new WorkerService.NikLookup.NotRegistered());
        assertThat(workers.lookup(unknown)).isEqualTo(new WorkerService.NikLookup.NotRegistered());
        // typed as on the card, with spaces: the same look-up
        assertThat(workers.lookup(selfPaid.substring(0, 6) + " " + selfPaid.substring(6))).isEqualTo(new WorkerService.NikLookup.NotRegistered());

        List<String> trail = trailOf(PARTNER);
        assertThat(trail).contains("worker.nik-lookup NIK " + funded + ": worker " + fundedId,
                "worker.nik-lookup NIK " + unknown + ": not registered");
        assertThat(trail).filteredOn(e -> e.startsWith("worker.nik-lookup NIK " + selfPaid + ": worker ")).hasSize(2)
                .allMatch(e -> e.endsWith("outside the caller's scope"));
    }

    @Test
    void a_nik_that_is_not_sixteen_digits_gets_a_clear_message_and_is_not_a_look_up() {
        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        int before = trailOf(PARTNER).size();
        assertThatThrownBy(() -> workers.lookup("3578 0152 0385")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("nik.error.length"));
        assertThatThrownBy(() -> workers.lookup("35780152038500AB")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("nik.error.digits"));
        assertThatThrownBy(() -> workers.lookup(null)).isInstanceOf(RuleViolation.class);
        assertThat(trailOf(PARTNER)).hasSize(before);
    }

    @Test
    void a_partner_gets_a_limited_number_of_look_ups_a_day_so_that_the_niks_a_mask_leaves_open_cannot_be_tried() {
        SignIn.as(users, "privacy-partner-limit", Role.PARTNER, "35.78");
        for (int i = 0; i < WorkerService.PARTNER_LOOKUPS_PER_DAY; i++) {
            assertThat(workers.lookup("3578015203859%03d".formatted(i))).isEqualTo(new WorkerService.NikLookup.NotRegistered());
        }
        assertThatThrownBy(() -> workers.lookup("3578015203859999")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("worker.lookup.error.limit"));
        assertThat(trailOf("privacy-partner-limit")).hasSize(WorkerService.PARTNER_LOOKUPS_PER_DAY)
                .noneMatch(e -> e.contains("3578015203859999"));
    }

    @Test
    void a_coordinators_look_up_of_a_nik_outside_their_scope_is_audited_and_one_inside_is_not() {
        String inSurabaya = nik("357801", 22, 8, 85);
        long id = enrol(inSurabaya, TODAY, null).id();
        assertThat(workers.lookup(inSurabaya)).isInstanceOf(WorkerService.NikLookup.InScope.class);
        assertThat(workers.lookup(nik("357801", 23, 8, 85))).isEqualTo(new WorkerService.NikLookup.NotRegistered());

        SignIn.as(users, "privacy-banyuasin", Role.COORDINATOR, "16.07");
        assertThat(workers.lookup(inSurabaya)).isEqualTo(new WorkerService.NikLookup.RegisteredElsewhere());

        assertThat(trailOf("privacy-surabaya")).isEmpty();
        assertThat(trailOf("privacy-banyuasin")).containsExactly(
                "worker.nik-lookup NIK " + inSurabaya + ": worker " + id + " outside the caller's scope");
    }

    @Test
    void a_partners_village_figures_count_only_the_workers_of_its_own_mous() {
        enrol(nik("357801", 24, 8, 85), TODAY, null);
        workers.enroll(WorkerServiceTest.draft(nik("357801", 25, 8, 85), SURABAYA_VILLAGE, Funding.SELF, null).d());
        VillageEnrollment staff = workerQueries.villageFigures(SURABAYA_VILLAGE);

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        VillageEnrollment partner = workerQueries.villageFigures(SURABAYA_VILLAGE);
        long funded = workerQueries.list(new WorkerFilter(SURABAYA_VILLAGE, null, null, null, null, null), 0, 10_000).size();

        assertThat(partner.enrolled()).as("the partner's count is that of its own grid").isEqualTo(funded)
                .isLessThan(staff.enrolled());
    }

    /** The user's NIK look-ups on the trail as "action subject", newest first, read by an administrator. */
    private List<String> trailOf(String username) {
        var me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "privacy-auditor", Role.ADMIN, AreaScope.NATIONAL);
        try {
            return auditTrail.of(username, 1_000).stream().filter(e -> e.action().equals("worker.nik-lookup"))
                    .map(e -> e.action() + " " + e.subject()).collect(Collectors.toList());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(me);
        }
    }

    private void coordinator() {
        SignIn.as(users, "privacy-surabaya", Role.COORDINATOR, "35.78");
    }

    /** An APBD worker of the Surabaya MoU with a phone and, when given, a KPJ number. */
    private WorkerView enrol(String nik, LocalDate enrolledOn, String kpj) {
        WorkerDraft d = WorkerServiceTest.draft(nik, SURABAYA_VILLAGE, Funding.APBD, mou.id()).withPhone(PHONE).withEnrolledOn(enrolledOn).d();
        return workers.enroll(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), kpj));
    }

    private static String nik(String district, int day, int month, int yy) {
        return "%s%02d%02d%02d%04d".formatted(district, day, month, yy, SERIAL.incrementAndGet());
    }
}
