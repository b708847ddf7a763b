package id.bpjstk.desasadar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.IssuedPassword;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserAdministration;
import id.bpjstk.desasadar.base.security.UserDraft;
import id.bpjstk.desasadar.base.security.UserRow;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.TargetDraft;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetOwner;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.ContributionView;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.TariffRow;
import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.site.SiteDraft;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12 item 10: every change of the listed kinds is on the trail with who, when, before and after. */
@IntegrationTest
class ChangeTrailTest {

    static final String BANYUASIN_VILLAGE = "16.07.05.2002";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final AtomicInteger SERIAL = new AtomicInteger(4000);
    static final String ADMIN = "trail-admin";

    @Autowired AuditService audit;
    @Autowired AuditTrail auditTrail;
    @Autowired UserService users;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired ContributionService contributions;
    @Autowired TariffService tariffs;
    @Autowired SiteService sites;
    @Autowired EventService events;
    @Autowired AgentService agents;
    @Autowired PartnerService partners;
    @Autowired TargetService targets;
    @Autowired OfficeService offices;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired UserAdministration administration;
    @Autowired TransactionTemplate tx;
    @Autowired WorkerImportService workerImport;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(users, ADMIN, Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_worker_edited_through_its_form_records_who_and_only_the_changed_fields_before_and_after() {
        WorkerView w = workers.enroll(worker(nik(), "Siti Nur'aini", null));
        WorkerView edited = workers.update(w.id(), worker(w.nik(), "Siti Nuraini", "081234567890"), w.version());

        List<TrailEntry> history = auditTrail.history("worker", String.valueOf(w.id()));
        assertThat(history).extracting(TrailEntry::operation).containsExactly("INSERT", "UPDATE");
        assertThat(history.getFirst().changes()).extracting(FieldChange::field).contains("nik", "fullName", "villageCode");
        TrailEntry update = history.getLast();
        assertThat(update.username()).isEqualTo(ADMIN);
        assertThat(update.at().toLocalDate()).isEqualTo(TODAY);
        assertThat(update.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactlyInAnyOrder(tuple("fullName", "Siti Nur'aini", "Siti Nuraini"), tuple("phone", null, edited.phone()));
    }

    @Test
    void a_change_that_is_rolled_back_leaves_nothing_on_the_trail() {
        WorkerView w = workers.enroll(worker(nik(), "Budi Santoso", null));

        tx.executeWithoutResult(status -> {
            workers.update(w.id(), worker(w.nik(), "Budi Santosa", null), w.version());
            status.setRollbackOnly();
        });

        assertThat(auditTrail.history("worker", String.valueOf(w.id()))).extracting(TrailEntry::operation).containsExactly("INSERT");
        assertThat(workerQueries.find(w.id()).orElseThrow().fullName()).isEqualTo("Budi Santoso");
    }

    @Test
    void a_contribution_is_recorded() {
        WorkerView w = workers.enroll(worker(nik(), "Ani Lestari", null));
        ContributionView paid = contributions.record(w.id(), YearMonth.from(TODAY), null, null, TODAY, Payer.WORKER, null);

        assertThat(auditTrail.history("contribution", String.valueOf(paid.id()))).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("INSERT");
            assertThat(e.changes()).extracting(FieldChange::field, FieldChange::after).contains(tuple("workerId", String.valueOf(w.id())));
        });
    }

    @Test
    void a_site_change_is_recorded_and_so_is_its_outline_written_beside_jpa() {
        SiteView site = sites.create(site("Kebun Karet Trail", 120));
        SiteView edited = sites.update(site.id(), site("Kebun Karet Trail", 150), site.version());
        sites.setOutline(site.id(), List.of(new double[] {-2.995, 104.855}, new double[] {-2.995, 104.856},
                new double[] {-2.996, 104.856}, new double[] {-2.995, 104.855}), edited.version());

        List<TrailEntry> history = auditTrail.history("site", String.valueOf(site.id()));
        assertThat(history).extracting(TrailEntry::operation).containsExactly("INSERT", "UPDATE", "UPDATE");
        assertThat(history.get(1).changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("estimatedWorkers", "120", "150"));
        assertThat(history.get(2).changes()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("outline");
            assertThat(f.before()).isNull();
            assertThat(f.after()).startsWith("POLYGON");
        });
    }

    @Test
    void an_event_change_is_recorded() {
        EventView e = events.plan(event("Sosialisasi trail", 30));
        events.update(e.id(), event("Sosialisasi trail", 45), e.version());

        assertThat(auditTrail.history("event", String.valueOf(e.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("expectedAttendance", "30", "45"));
    }

    @Test
    void an_agent_is_recorded() {
        AgentView a = agents.register("PRS-TRAIL-" + SERIAL.incrementAndGet(), "Agen Trail", null, "16.07.01", "Koperasi Trail",
                SponsorKind.KOPERASI, TODAY.minusMonths(1));

        assertThat(auditTrail.history("agent", String.valueOf(a.id()))).singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting(FieldChange::field, FieldChange::after).contains(tuple("name", "Agen Trail")));
    }

    @Test
    void partner_and_mou_changes_are_recorded_including_the_mou_areas() {
        PartnerView p = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkab Trail " + SERIAL.incrementAndGet(),
                "16.07", null, null, null), PartnerView.NEW);
        partners.savePartner(p.id(), new PartnerDraft(PartnerKind.MUNICIPALITY, p.name(), "16.07", "Bu Rina", null, null), p.version());
        MouView mou = partners.saveMou(p.id(), null, mou("TRAIL/" + SERIAL.incrementAndGet(), List.of("16.07.01")), MouView.NEW);
        partners.saveMou(p.id(), mou.id(), mou(mou.number(), List.of("16.07.01", "16.07.02")), mou.version());

        assertThat(auditTrail.history("partner", String.valueOf(p.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after).containsExactly(tuple("contactName", null, "Bu Rina"));
        assertThat(auditTrail.history("mou", String.valueOf(mou.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("areaCodes", "16.07.01", "16.07.01, 16.07.02"));
    }

    @Test
    void a_tariff_change_is_recorded() {
        YearMonth from = YearMonth.from(TODAY).plusYears(7);
        TariffRow band = tariffs.add(TariffRow.band(7_777_000, from, null, "Uji jejak"));
        tariffs.end(band.id(), from.plusMonths(11));

        assertThat(auditTrail.history("tariff", String.valueOf(band.id()))).extracting(TrailEntry::operation).containsExactly("INSERT", "UPDATE");
        assertThat(auditTrail.history("tariff", String.valueOf(band.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before).containsExactly(tuple("validTo", null));
    }

    @Test
    void a_target_change_is_recorded() {
        TargetView t = targets.create(new TargetDraft(TODAY.getYear() + 3, TargetOwner.area("16.07"), TargetMeasure.NEW_PARTICIPANTS,
                100L, null, false, null));
        targets.update(t.id(), new TargetDraft(t.year(), t.owner(), t.measure(), 120L, null, false, null), t.version());

        assertThat(auditTrail.history("target", String.valueOf(t.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after).containsExactly(tuple("value", "100", "120"));
    }

    @Test
    void an_office_change_is_recorded_including_its_areas() {
        OfficeView o = offices.save(null, "KCP-TRAIL-" + SERIAL.incrementAndGet(), "KCP Trail", OfficeKind.KANTOR_CABANG_PERINTIS,
                List.of("16.07.02"), OfficeView.NEW);
        offices.save(o.id(), o.code(), "KCP Jejak", o.kind(), List.of("16.07.02", "16.07.03"), o.version());

        assertThat(auditTrail.history("office", String.valueOf(o.id())).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactlyInAnyOrder(tuple("name", "KCP Trail", "KCP Jejak"), tuple("areaCodes", "16.07.02", "16.07.02, 16.07.03"));
    }

    @Test
    void a_user_change_is_recorded_and_a_password_only_as_changed_never_its_hash() {
        IssuedPassword issued = administration.create(new UserDraft("trail-user-" + SERIAL.incrementAndGet(), "Pengguna Jejak",
                Role.COORDINATOR, List.of("16.07"), null, null, "id"));
        UserRow u = administration.update(issued.user().id(), new UserDraft(issued.user().username(), "Pengguna Jejak",
                Role.COORDINATOR, List.of("16.07", "16.71"), null, null, "id"), issued.user().version());
        administration.resetPassword(u.id(), u.version());

        List<TrailEntry> history = auditTrail.history("user", String.valueOf(u.id()));
        assertThat(history).extracting(TrailEntry::operation).containsExactly("INSERT", "UPDATE", "UPDATE");
        assertThat(history.get(1).changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("scopeCodes", "16.07", "16.07, 16.71"));
        assertThat(history.get(2).changes()).filteredOn(f -> f.field().equals("passwordHash"))
                .singleElement().satisfies(f -> assertThat(f.after()).isEqualTo(FieldChange.HIDDEN));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_change WHERE changes LIKE '%$2%'", Long.class))
                .as("no password hash on the trail").isZero();
    }

    @Test
    void a_village_profile_change_is_recorded() {
        String village = "16.07.05.2003";
        var profile = profiles.updateOutreach(village, 250, "Nelayan", profileQueries.find(village).orElseThrow().version());
        profiles.updateOutreach(village, 300, "Nelayan", profile.version());

        assertThat(auditTrail.history("village-profile", village).getLast().changes())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after).containsExactly(tuple("potential", "250", "300"));
    }

    @Test
    void a_worker_import_run_is_one_row_with_its_file_and_counts(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("upload-1234.csv");
        Files.writeString(file, String.join("\n",
                "nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj",
                nik() + ";Impor Satu;;;;PETANI;" + BANYUASIN_VILLAGE + ";tidak;1000000;SELF;" + TODAY + ";",
                nik() + ";Impor Dua;;;;PETANI;" + BANYUASIN_VILLAGE + ";tidak;1234567;SELF;" + TODAY + ";") + "\n", StandardCharsets.UTF_8);

        workerImport.importFile(file, "peserta-desa.csv", ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);

        assertThat(auditTrail.find(new TrailFilter(null, "worker-import", "peserta-desa.csv", null, null), 0, 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.operation()).isEqualTo("IMPORT");
                    assertThat(e.username()).isEqualTo(ADMIN);
                    assertThat(e.changes()).extracting(FieldChange::field, FieldChange::after).containsExactly(
                            tuple("file", "peserta-desa.csv"), tuple("outcome", "STORED"), tuple("stored", "1"),
                            tuple("duplicates", "0"), tuple("rejected", "1"));
                });
    }

    @Test
    void only_an_administrator_reads_or_exports_the_trail() {
        SignIn.as(users, "trail-coordinator", Role.COORDINATOR, "16.07");

        assertThatThrownBy(() -> auditTrail.find(TrailFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.history("worker", "1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.export(TrailFilter.ALL, new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.kinds()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rows_of_the_trail_cannot_be_changed_or_deleted_even_by_sql() {
        workers.enroll(worker(nik(), "Dewi Sartika", null));
        audit.record("worker.read", "worker 1");

        for (String table : List.of("audit_change", "audit_event")) {
            assertThatThrownBy(() -> jdbc.update("UPDATE " + table + " SET username = 'someone-else'"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM " + table)).isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_change WHERE username = 'someone-else'", Long.class)).isZero();
    }

    @Test
    void the_trail_is_filtered_by_user_kind_record_and_period() {
        WorkerView mine = workers.enroll(worker(nik(), "Rina Wati", null));
        SignIn.as(users, "trail-other-admin", Role.ADMIN, AreaScope.NATIONAL);
        WorkerView theirs = workers.enroll(worker(nik(), "Joko Susilo", null));
        audit.record("worker.nik-lookup", "NIK " + theirs.nik() + ": worker " + theirs.id());

        assertThat(auditTrail.find(new TrailFilter("trail-other-admin", null, null, null, null), 0, 50))
                .extracting(TrailEntry::kind, TrailEntry::record)
                .containsExactlyInAnyOrder(tuple("worker.nik-lookup", "NIK " + theirs.nik() + ": worker " + theirs.id()),
                        tuple("worker", String.valueOf(theirs.id())));
        assertThat(auditTrail.find(new TrailFilter(null, "worker", String.valueOf(mine.id()), null, null), 0, 50))
                .extracting(TrailEntry::username).containsExactly(ADMIN);
        assertThat(auditTrail.find(new TrailFilter(null, "worker.nik-lookup", theirs.nik(), null, null), 0, 50)).hasSize(1);
        assertThat(auditTrail.find(new TrailFilter(null, TrailFilter.READS, null, TODAY, TODAY), 0, 50))
                .allMatch(e -> !e.isChange()).isNotEmpty();
        assertThat(auditTrail.find(new TrailFilter(null, "worker", null, TODAY.plusDays(1), null), 0, 50)).isEmpty();
        assertThat(auditTrail.find(new TrailFilter(null, "worker", null, TODAY, TODAY), 0, 50))
                .extracting(TrailEntry::record).contains(String.valueOf(mine.id()), String.valueOf(theirs.id()));
        assertThat(auditTrail.find(new TrailFilter(null, "worker", null, null, null), 1, 1)).hasSize(1)
                .first().isEqualTo(auditTrail.find(new TrailFilter(null, "worker", null, null, null), 0, 2).get(1));
    }

    @Test
    void the_export_writes_the_filtered_rows_one_line_per_field_and_is_itself_on_the_trail() {
        WorkerView w = workers.enroll(worker(nik(), "Eka Putri", null));
        workers.update(w.id(), worker(w.nik(), "Eka Putri Lestari", null), w.version());
        var out = new ByteArrayOutputStream();

        auditTrail.export(TrailFilter.record("worker", String.valueOf(w.id())), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("at;username;kind;record;operation;field;before;after")
                .contains(";worker;" + w.id() + ";UPDATE;fullName;Eka Putri;Eka Putri Lestari");
        assertThat(auditTrail.find(new TrailFilter(ADMIN, AuditService.EXPORT_ACTION, null, null, null), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.record()).contains("record=" + w.id()));
    }

    private static String nik() {
        return "%s%02d%02d%02d%04d".formatted("160705", 14, 8, 88, SERIAL.incrementAndGet());
    }

    private static WorkerDraft worker(String nik, String name, String phone) {
        return new WorkerDraft(nik, name, null, null, phone, Occupation.PETANI, BANYUASIN_VILLAGE, null, null, false, 1_000_000,
                Funding.SELF, null, TODAY, null, null, null);
    }

    private static SiteDraft site(String name, int estimatedWorkers) {
        return new SiteDraft(name, SiteType.PERKEBUNAN, "karet", "PT Contoh", estimatedWorkers, null, -2.995, 104.855, null, "16.07.01.2001");
    }

    private static EventDraft event(String title, int expected) {
        var start = TODAY.plusDays(3).atTime(9, 0);
        return new EventDraft(title, EventType.SOSIALISASI_DESA, start, start.plusHours(2), BANYUASIN_VILLAGE, null, ADMIN, null, expected, null);
    }

    private static MouDraft mou(String number, List<String> areas) {
        return new MouDraft(number, "Perlindungan pekerja rentan", TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).plusYears(1).minusDays(1),
                100, null, areas);
    }
}
