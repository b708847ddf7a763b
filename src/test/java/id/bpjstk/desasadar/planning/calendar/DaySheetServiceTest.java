package id.bpjstk.desasadar.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.VillageRole;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaySheetServiceTest {

    static final String RAJAK = "16.07.05.2002";
    static final String OTHER_VILLAGE = "16.07.05.2003";
    static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
    static final String HEAD_NIK = "1607051203700101";
    static final String LAPSED_NIK = "1607055208850102";
    static final String OFFICER = "sheet-officer";

    @Autowired DaySheetService sheets;
    @Autowired EventService events;
    @Autowired WorkerService workers;
    @Autowired UserService users;

    EventView morning;
    EventView afternoon;
    EventView othersEvent;

    @BeforeAll
    void planADayWithTwoStopsACancelledOneAndAColleaguesVisit() {
        SignIn.as(users, OFFICER, Role.COORDINATOR, "16.07");
        afternoon = events.plan(draft("Jemput bola Pulau Rajak", OTHER_VILLAGE, 13, OFFICER));
        morning = events.plan(draft("Sosialisasi petani karet", RAJAK, 9, OFFICER));
        EventView cancelled = events.plan(draft("Rapat yang batal", RAJAK, 15, OFFICER));
        events.cancel(cancelled.id(), "Hujan deras", cancelled.version());
        SignIn.as(users, "sheet-colleague", Role.COORDINATOR, "16.07");
        othersEvent = events.plan(draft("Kunjungan rekan", RAJAK, 10, "sheet-colleague"));
        workers.enroll(worker(HEAD_NIK, "Pak Kades Sutrisno", "0812-1111-2222", VillageRole.KEPALA_DESA));
        workers.enroll(worker(LAPSED_NIK, "Ibu Sumarni", "0813-3333-4444", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_officer_s_day_lists_the_stops_in_time_order_with_village_facts_head_contact_and_masked_niks() throws IOException {
        SignIn.as(users, OFFICER, Role.COORDINATOR, "16.07");

        DaySheet sheet = sheets.sheet(OFFICER, DAY);
        assertThat(sheet.stops()).extracting(s -> s.event().id()).containsExactly(morning.id(), afternoon.id());
        DaySheet.Stop first = sheet.stops().getFirst();
        assertThat(first.place()).isEqualTo("Desa Pulau Rajak, Kec. Betung, Kabupaten Banyuasin, Sumatera Selatan (" + RAJAK + ")");
        assertThat(first.facts().enrolled()).isEqualTo(2);
        assertThat(first.facts().nonActive()).isEqualTo(2);
        assertThat(first.officials()).extracting(DaySheet.Contact::name).containsExactly("Pak Kades Sutrisno");
        assertThat(first.lapsed()).extracting(DaySheet.LapsedWorker::maskedNik).contains("1607••••••••0102");

        byte[] pdf = sheets.pdf(OFFICER, DAY);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "daysheet-sample.pdf"), pdf); // to look at
        String text = text(pdf);
        assertThat(text).contains("Sosialisasi petani karet", "Jemput bola Pulau Rajak", "Pulau Rajak", RAJAK,
                "Pak Kades Sutrisno", "Ibu Sumarni", "09.00", "13.00", "Lembar kerja harian");
        assertThat(text.indexOf("Sosialisasi petani karet")).isLessThan(text.indexOf("Jemput bola Pulau Rajak"));
        assertThat(text).doesNotContain("Rapat yang batal").doesNotContain("Kunjungan rekan");
        assertThat(text).doesNotContain(HEAD_NIK).doesNotContain(LAPSED_NIK).doesNotContain("055208850102")
                .contains("1607").contains("0102");
    }

    @Test
    void a_sheet_of_chosen_events_prints_them_in_time_order() throws IOException {
        SignIn.as(users, OFFICER, Role.COORDINATOR, "16.07");

        DaySheet sheet = sheets.sheet(List.of(afternoon.id(), morning.id()));

        assertThat(sheet.stops()).extracting(DaySheet.Stop::number).containsExactly(1, 2);
        assertThat(sheet.stops()).extracting(s -> s.event().id()).containsExactly(morning.id(), afternoon.id());
        assertThat(text(sheets.pdf(List.of(afternoon.id())))).contains("Jemput bola Pulau Rajak").doesNotContain(LAPSED_NIK);
    }

    @Test
    void a_coordinator_prints_for_officers_in_their_areas_and_an_administrator_for_anyone() {
        SignIn.as(users, "sheet-branch-lead", Role.COORDINATOR, "16");
        assertThat(sheets.sheet(OFFICER, DAY).stops()).hasSize(2);

        SignIn.as(users, "sheet-admin", Role.ADMIN, "");
        assertThat(sheets.pdf(OFFICER, DAY)).startsWith("%PDF".getBytes());
    }

    @Test
    void nobody_else_gets_an_officer_s_sheet_and_partners_get_none() {
        SignIn.as(users, "sheet-narrow", Role.COORDINATOR, "16.07.05");
        assertViolation(() -> sheets.pdf(OFFICER, DAY), "daysheet.error.officer-out-of-scope");
        assertViolation(() -> sheets.pdf(List.of(morning.id())), "daysheet.error.officer-out-of-scope");

        SignIn.as(users, "sheet-head", Role.REGIONAL_HEAD, "16");
        assertViolation(() -> sheets.pdf(OFFICER, DAY), "daysheet.error.officer-out-of-scope");

        SignIn.as(users, "sheet-jatim", Role.COORDINATOR, "35");
        assertViolation(() -> sheets.pdf(OFFICER, DAY), "daysheet.error.officer-out-of-scope");

        SignIn.as(users, "sheet-partner", Role.PARTNER, "16.07");
        assertThatThrownBy(() -> sheets.pdf(OFFICER, DAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.pdf("sheet-partner", DAY)).isInstanceOf(AccessDeniedException.class);

        SignIn.out();
        assertThatThrownBy(() -> sheets.pdf(OFFICER, DAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_requests_are_refused_with_their_reason() {
        SignIn.as(users, OFFICER, Role.COORDINATOR, "16.07");
        assertViolation(() -> sheets.pdf(OFFICER, DAY.plusDays(1)), "daysheet.error.no-stops");
        assertViolation(() -> sheets.pdf(OFFICER, null), "daysheet.error.day");
        assertViolation(() -> sheets.pdf("nobody-at-all", DAY), "daysheet.error.officer-unknown");
        assertViolation(() -> sheets.pdf(List.of()), "daysheet.error.empty");
        assertViolation(() -> sheets.pdf(List.of(-1L)), "event.error.not-found");
    }

    static String text(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    static EventDraft draft(String title, String village, int hour, String officer) {
        LocalDateTime start = DAY.atTime(LocalTime.of(hour, 0));
        return new EventDraft(title, EventType.SOSIALISASI_DESA, start, start.plusHours(2), village, null, officer,
                "Petani karet", 40);
    }

    static WorkerDraft worker(String nik, String name, String phone, VillageRole role) {
        return new WorkerDraft(nik, name, null, null, phone, Occupation.PEKEBUN, RAJAK, role, null, false, 1_000_000,
                Funding.SELF, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), null, null, null);
    }

    static void assertViolation(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
