package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class WorkerServiceTest {

    static final String BANYUASIN_VILLAGE = "16.07.05.2002";
    static final String SURABAYA_VILLAGE = "35.78.01.1001";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    /** Serial numbers unique across the tests of this class, so that no two tests register the same NIK. */
    static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired UserService users;
    @Autowired PartnerService partners;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired AuditService audit;
    @Autowired AuditTrail auditTrail;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "worker-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_worker_is_enrolled_with_sex_and_birth_date_taken_from_the_nik_and_the_phone_normalised() {
        String nik = nik("160705", 52, 3, 85); // a woman: day 12 + 40
        WorkerView w = workers.enroll(draft(nik, BANYUASIN_VILLAGE, Funding.SELF, null).withPhone("0812-3456-7890").d());

        assertThat(w.sex()).isEqualTo(Sex.FEMALE);
        assertThat(w.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(w.phone()).isEqualTo("+6281234567890");
        assertThat(w.villageName()).isEqualTo("Pulau Rajak");
        assertThat(w.active()).isFalse();
        assertThat(workerQueries.find(w.id())).isPresent();
    }

    @Test
    void one_nik_one_worker_the_existing_record_is_shown_only_inside_the_scope() {
        String nik = nik("160705", 12, 7, 90);
        WorkerView first = workers.enroll(draft(nik, BANYUASIN_VILLAGE, Funding.SELF, null).d());

        assertViolation(() -> workers.enroll(draft(nik, BANYUASIN_VILLAGE, Funding.SELF, null).d()), "worker.error.duplicate-in-scope");
        assertThat(workers.lookup(nik)).isInstanceOfSatisfying(WorkerService.NikLookup.InScope.class,
                found -> assertThat(found.worker().id()).isEqualTo(first.id()));

        SignIn.as(users, "worker-jatim", Role.COORDINATOR, "35");
        assertViolation(() -> workers.enroll(draft(nik, SURABAYA_VILLAGE, Funding.SELF, null).d()), "worker.error.duplicate");
        assertThat(workers.lookup(nik)).isInstanceOf(WorkerService.NikLookup.RegisteredElsewhere.class);
        assertThat(workerQueries.find(first.id())).isEmpty();
    }

    @Test
    void bad_enrollments_are_refused_with_the_field_at_fault_and_store_nothing() {
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90).substring(1), BANYUASIN_VILLAGE, Funding.SELF, null).d()),
                WorkerField.NIK, "nik.error.length");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), BANYUASIN_VILLAGE, Funding.SELF, null).withSex(Sex.FEMALE).d()),
                WorkerField.NIK, "nik.error.sex-mismatch.MALE");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), BANYUASIN_VILLAGE, Funding.SELF, null).withPhone("12345").d()),
                WorkerField.PHONE, "phone.error.format");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), SURABAYA_VILLAGE, Funding.SELF, null).d()),
                WorkerField.VILLAGE, "worker.error.village");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), BANYUASIN_VILLAGE, Funding.APBD, null).d()),
                WorkerField.MOU, "worker.error.mou-required");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), BANYUASIN_VILLAGE, Funding.SELF, null).withEnrolledOn(TODAY.plusDays(1)).d()),
                WorkerField.ENROLLED_ON, "worker.error.enrolled-on");
        assertField(() -> workers.enroll(draft(nik("160705", 12, 7, 90), BANYUASIN_VILLAGE, Funding.SELF, null).withBand(1_234_567).d()),
                WorkerField.INCOME_BAND, "worker.error.income-band");
        assertThat(workerQueries.list(new WorkerFilter("16.07", null, null, null, null, null), 0, 1000))
                .noneMatch(w -> w.nik().equals(nik("160705", 12, 7, 90)));

        SignIn.as(users, "worker-reader", Role.REGIONAL_HEAD, "16");
        assertThatThrownBy(() -> workers.enroll(draft(nik("160705", 13, 7, 90), BANYUASIN_VILLAGE, Funding.SELF, null).d()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void apbd_funding_needs_a_mou_covering_the_village_and_the_partner_sees_only_its_own_workers_masked() {
        SignIn.as(users, "worker-surabaya", Role.COORDINATOR, "35");
        MouView surabaya = partners.mousCovering(SURABAYA_VILLAGE, TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
        String nik = nik("357801", 1, 1, 80);
        WorkerView subsidized = workers.enroll(draft(nik, SURABAYA_VILLAGE, Funding.APBD, surabaya.id()).d());
        assertField(() -> workers.enroll(draft(nik("357801", 2, 1, 80), SURABAYA_VILLAGE, Funding.CSR, surabaya.id()).d()),
                WorkerField.MOU, "worker.error.mou-kind");
        assertField(() -> workers.enroll(draft(nik("350901", 2, 1, 80), "35.09.01.2001", Funding.APBD, surabaya.id()).d()),
                WorkerField.MOU, "mou.error.outside-area");
        WorkerView selfPaid = workers.enroll(draft(nik("357801", 3, 1, 80), SURABAYA_VILLAGE, Funding.SELF, null).d());

        SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        var seen = workerQueries.list(WorkerFilter.ALL, 0, 1000);
        assertThat(seen).extracting(WorkerView::id).contains(subsidized.id()).doesNotContain(selfPaid.id());
        assertThat(seen).filteredOn(w -> w.id() == subsidized.id()).singleElement()
                .satisfies(w -> assertThat(w.nik()).isEqualTo("••••••••••••••••"));
        assertThat(workerQueries.find(selfPaid.id())).isEmpty();
        assertThat(workerQueries.find(subsidized.id())).isPresent();

        // the partner's reads of personal data are on the audit trail; a coordinator's are not
        SignIn.as(users, "worker-auditor", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(auditTrail.of("pemkot.surabaya", 50)).extracting(AuditTrail.AuditEntry::action, AuditTrail.AuditEntry::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("worker.read", "worker " + subsidized.id()))
                .anySatisfy(t -> assertThat(t.toList()).first().isEqualTo("worker.list"));
        assertThat(auditTrail.of("worker-surabaya", 50)).isEmpty();
    }

    @Test
    void the_list_filters_and_the_village_figures_and_criteria_follow_the_enrollments() {
        String village = "16.07.05.2003";
        workers.enroll(draft(nik("160705", 20, 5, 70), village, Funding.SELF, null).withRole(VillageRole.KEPALA_DESA).d());
        workers.enroll(draft(nik("160705", 21, 5, 70), village, Funding.SELF, null).withOccupation(Occupation.NELAYAN).d());

        assertThat(workerQueries.list(new WorkerFilter(village, null, null, null, null, null), 0, 10)).hasSize(2);
        assertThat(workerQueries.list(new WorkerFilter(village, Occupation.NELAYAN, null, null, null, null), 0, 10)).hasSize(1);
        assertThat(workerQueries.list(new WorkerFilter(village, null, true, null, null, null), 0, 10)).isEmpty();
        assertThat(workerQueries.villageFigures(village)).isEqualTo(new VillageEnrollment(2, 0));
        assertThat(profileQueries.find(village).orElseThrow().checks())
                .contains(new DesignationCheck(DesignationCheck.Criterion.VILLAGE_HEAD_ENROLLED, DesignationCheck.State.MET),
                        new DesignationCheck(DesignationCheck.Criterion.VILLAGE_STAFF_ENROLLED, DesignationCheck.State.NOT_MET),
                        new DesignationCheck(DesignationCheck.Criterion.SHARE_OF_POTENTIAL_ENROLLED, DesignationCheck.State.NOT_TRACKED));
        // half of the estimated informal workforce must be enrolled: 2 of 4 is enough, 2 of 5 is not
        var profile = profiles.updateOutreach(village, 4, null, profileQueries.find(village).orElseThrow().version());
        assertThat(profile.checks()).contains(
                new DesignationCheck(DesignationCheck.Criterion.SHARE_OF_POTENTIAL_ENROLLED, DesignationCheck.State.MET));
        assertThat(profiles.updateOutreach(village, 5, null, profile.version()).checks()).contains(
                new DesignationCheck(DesignationCheck.Criterion.SHARE_OF_POTENTIAL_ENROLLED, DesignationCheck.State.NOT_MET));

        SignIn.as(users, "worker-other-district", Role.COORDINATOR, "16.07.01");
        assertThat(workerQueries.list(new WorkerFilter(village, null, null, null, null, null), 0, 10)).isEmpty();
        assertThat(workerQueries.villageFigures(village)).isEqualTo(new VillageEnrollment(0, 0));
        SignIn.as(users, "worker-admin", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(workerQueries.list(new WorkerFilter(village, null, null, null, null, null), 0, 10)).hasSize(2);
    }

    /** A NIK of the district, born on the day (women: +40), with a serial of its own. */
    /** Issue 13, item 15: a name typed or pasted with a line break or a control character is stored as one line. */
    @Test
    void a_name_with_line_breaks_and_control_characters_is_stored_on_one_line() {
        var d = draft(nik("160705", 14, 6, 79), BANYUASIN_VILLAGE, Funding.SELF, null).d();
        WorkerView w = workers.enroll(new WorkerDraft(d.nik(), " Siti\r\nNur'aini\u0000\tbinti\u200b Ahmad ", d.sex(), d.birthDate(), d.phone(),
                d.occupation(), d.villageCode(), d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(),
                d.eventId(), d.agentId(), d.kpj()));

        assertThat(w.fullName()).isEqualTo("Siti Nur'aini binti Ahmad");
    }

    /** Issue 13, item 15: {@code %} and {@code _} in an area-code filter are characters, not wildcards. */
    @Test
    void wildcards_in_the_area_filter_match_only_themselves() {
        workers.enroll(draft(nik("160705", 15, 6, 79), BANYUASIN_VILLAGE, Funding.SELF, null).d());

        assertThat(workerQueries.list(new WorkerFilter("16.07", null, null, null, null, null), 0, 1000)).isNotEmpty();
        assertThat(workerQueries.list(new WorkerFilter("16%", null, null, null, null, null), 0, 1000)).isEmpty();
        assertThat(workerQueries.list(new WorkerFilter("16_07", null, null, null, null, null), 0, 1000)).isEmpty();
        assertThat(workerQueries.list(new WorkerFilter("%", null, null, null, null, null), 0, 1000)).isEmpty();
    }

    static String nik(String district, int day, int month, int yy) {
        return "%s%02d%02d%02d%04d".formatted(district, day, month, yy, SERIAL.incrementAndGet());
    }

    static Draft draft(String nik, String village, Funding funding, Long mouId) {
        return new Draft(new WorkerDraft(nik, "Siti Nur'aini", null, null, null, Occupation.PETANI, village, null, null, false,
                1_000_000, funding, mouId, TODAY, null, null, null));
    }

    /** Small edits of a draft for the cases above. */
    record Draft(WorkerDraft d) {
        Draft withPhone(String phone) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), phone, d.occupation(), d.villageCode(),
                    d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), d.kpj()));
        }

        Draft withSex(Sex sex) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), sex, d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                    d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), d.kpj()));
        }

        Draft withEnrolledOn(LocalDate on) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                    d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), on, d.eventId(), d.agentId(), d.kpj()));
        }

        Draft withBand(long band) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                    d.villageRole(), d.siteId(), d.jht(), band, d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), d.kpj()));
        }

        Draft withRole(VillageRole role) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                    role, d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), d.kpj()));
        }

        Draft withOccupation(Occupation occupation) {
            return new Draft(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), occupation, d.villageCode(),
                    d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(), d.kpj()));
        }
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(id.bpjstk.desasadar.base.error.RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertField(Runnable action, WorkerField field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
