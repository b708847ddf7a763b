package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ActivityState;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.PayerChoice;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.enrollment.importing.ContributionImportService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.outreach.AgentActivity;
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
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision 009's promise: whatever sequence of writes went through the services and imports, every cell of the store
 * equals a fresh aggregation of the raw rows, computed here month by month with the rules themselves
 * ({@link ActivityState#activeIn}, {@link AgentActivity#of}), and equals what {@link CoverageRebuild#rebuild} writes.
 * The months pass on a clock of the test's own.
 */
@IntegrationTest
@Import(CoverageStoreConsistencyTest.Months.class)
class CoverageStoreConsistencyTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** A clock the test moves forward; every service reads "today" from it. */
    static final class MovableClock extends Clock {
        private volatile Instant now = LocalDateTime.of(2024, 3, 10, 9, 0).atZone(JAKARTA).toInstant();

        void advanceDays(long days) {
            now = now.plusSeconds(days * 86_400);
        }

        @Override
        public ZoneId getZone() {
            return JAKARTA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Months {
        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired MovableClock clock;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired ContributionService contributions;
    @Autowired WorkerImportService workerImport;
    @Autowired ContributionImportService contributionImport;
    @Autowired EventService events;
    @Autowired EventQueries eventQueries;
    @Autowired AgentService agents;
    @Autowired PartnerService partners;
    @Autowired CoverageService coverage;
    @Autowired CoverageRebuild coverageRebuild;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    private final Random random = new Random(20261128);
    private int serial = 1;
    private final List<Long> workerIds = new ArrayList<>();
    private final List<Long> agentIds = new ArrayList<>();
    private final List<String> agentNumbers = new ArrayList<>();
    private final List<Long> plannedEvents = new ArrayList<>();
    private List<String> villages;
    private List<String> mouVillages;
    private MouView mou;
    private int refused;
    private int rolledBack;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void after_a_long_random_sequence_of_writes_every_cell_equals_a_fresh_aggregation_of_the_raw_rows() throws Exception {
        SignIn.as(users, "coverage-consistency", Role.ADMIN, AreaScope.NATIONAL);
        // whatever an earlier class left (the store is kept by the same paths, but the comparison is over all rows)
        coverageRebuild.rebuild();
        mouVillages = jdbc.queryForList("SELECT code FROM area WHERE level = 'VILLAGE' AND code LIKE '51.71.%' ORDER BY code LIMIT 3",
                String.class);
        villages = new ArrayList<>(mouVillages);
        villages.addAll(jdbc.queryForList("SELECT code FROM area WHERE level = 'VILLAGE' AND code LIKE '51.03.%' ORDER BY code LIMIT 2",
                String.class));
        villages.addAll(jdbc.queryForList("SELECT code FROM area WHERE level = 'VILLAGE' AND code LIKE '64.72.%' ORDER BY code LIMIT 2",
                String.class));
        PartnerView denpasar = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkot Denpasar (uji cakupan)",
                "51.71", null, null, null), PartnerView.NEW);
        mou = partners.saveMou(denpasar.id(), null, new MouDraft("MOU-CAKUPAN-" + System.nanoTime(), "Subsidi APBD", LocalDate.of(2023, 1, 1),
                LocalDate.of(2030, 12, 31), 100_000, null, List.of("51.71")), MouView.NEW);
        registerAgent();
        registerAgent();

        for (int op = 0; op < 320; op++) {
            try {
                switch (random.nextInt(20)) {
                    case 0, 1, 2, 3 -> enrol();
                    case 4, 5 -> edit();
                    case 6, 7, 8, 9 -> pay();
                    case 10 -> importWorkers();
                    case 11 -> importContributions();
                    case 12, 13 -> planEvent();
                    case 14 -> holdOrCancelEvent();
                    case 15 -> registerAgent();
                    case 16 -> agents.reactivate(pick(agentIds));
                    case 17 -> recordPotential();
                    default -> clock.advanceDays(8 + random.nextInt(20));
                }
            } catch (RuleViolation e) {
                refused++; // a refused write stores nothing, in the store as elsewhere
            }
        }
        assertThat(workerIds).hasSizeGreaterThan(40);
        assertThat(rolledBack).as("imports rolled back").isGreaterThan(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE full_name LIKE 'Impor %'", Long.class)).as("imported").isGreaterThan(5);
        // the sequence did what it is meant to exercise
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution", Long.class)).as("payments").isGreaterThan(60);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT payer) FROM contribution", Long.class)).as("payers").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE mou_id IS NOT NULL", Long.class)).as("funded").isGreaterThan(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE created_by = 'coverage-consistency' AND version > 1 AND village_code LIKE '64.%'",
                Long.class)).as("edited").isGreaterThan(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_event WHERE status = 'HELD'", Long.class)).as("held").isGreaterThan(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_event WHERE status = 'CANCELLED'", Long.class)).as("cancelled").isGreaterThan(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agent WHERE reactivated_on IS NOT NULL", Long.class)).as("reactivated").isGreaterThan(0);
        assertThat(YearMonth.from(today())).as("months passed").isAfter(YearMonth.of(2024, 12));

        Map<String, long[]> stored = storedFigures();
        Map<String, long[]> fresh = freshAggregation();
        assertThat(differences(stored, fresh)).as("store against the raw rows (%d writes refused)", refused).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM village_profile WHERE potential > 0", Long.class)).as("potentials").isGreaterThan(0);
        assertThat(potentials()).isEqualTo(freshPotentials());

        Map<String, long[]> incremental = rows();
        Map<String, Long> incrementalPotentials = potentials();
        coverageRebuild.rebuild();
        assertThat(differences(incremental, rows())).as("store against its rebuild").isEmpty();
        assertThat(potentials()).isEqualTo(incrementalPotentials);
    }

    // ---- the writes

    private void enrol() {
        String village = pick(villages);
        boolean funded = mouVillages.contains(village) && random.nextBoolean();
        Long agent = random.nextInt(3) == 0 && !agentIds.isEmpty() ? pick(agentIds) : null;
        LocalDate on = today().minusDays(random.nextInt(60));
        WorkerView w = workers.enroll(new WorkerDraft(nik(village), "Pekerja " + serial, null, null, null, Occupation.PETANI, village, null,
                null, random.nextBoolean(), 1_000_000, funded ? Funding.APBD : Funding.SELF, funded ? mou.id() : null, on, null, agent, null));
        workerIds.add(w.id());
    }

    /** A move to another village (also across provinces and out of the MoU's area), a new agent, an earlier enrolment date. */
    private void edit() {
        WorkerView w = workerQueries.find(pick(workerIds)).orElseThrow();
        String village = random.nextBoolean() ? pick(villages) : w.villageCode();
        boolean funded = mouVillages.contains(village) && (w.mouId() != null ? random.nextInt(4) > 0 : random.nextInt(3) == 0);
        Long agent = random.nextBoolean() ? w.agentId() : (agentIds.isEmpty() || random.nextBoolean() ? null : pick(agentIds));
        LocalDate on = random.nextInt(4) == 0 ? w.enrolledOn().minusDays(random.nextInt(40)) : w.enrolledOn();
        workers.update(w.id(), new WorkerDraft(w.nik(), w.fullName(), null, null, null, w.occupation(), village, null, null, w.jht(),
                w.incomeBand(), funded ? Funding.APBD : Funding.SELF, funded ? mou.id() : null, on, null, agent, null), w.version());
    }

    private void pay() {
        long id = pick(workerIds);
        WorkerView w = workerQueries.find(id).orElseThrow();
        YearMonth month = someMonthFrom(YearMonth.from(w.enrolledOn()));
        List<PayerChoice> choices = contributions.payerChoices(id);
        PayerChoice payer = choices.get(random.nextInt(choices.size()));
        contributions.record(id, month, null, null, today(), payer.payer(), payer.id());
    }

    private void importWorkers() throws Exception {
        var csv = new StringBuilder("nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;"
                + "tanggal_daftar;kpj;no_mou;no_agen\n");
        int rows = 2 + random.nextInt(8);
        for (int i = 0; i < rows; i++) {
            String village = pick(villages);
            boolean funded = mouVillages.contains(village) && random.nextBoolean();
            String agent = random.nextInt(3) == 0 && !agentNumbers.isEmpty() ? pick(agentNumbers) : "";
            csv.append(nik(village)).append(";Impor ").append(serial).append(";L;;;NELAYAN;").append(village).append(";tidak;1000000;")
                    .append(funded ? "APBD" : "SELF").append(';').append(today().minusDays(random.nextInt(90))).append(";;")
                    .append(funded ? mou.number() : "").append(';').append(agent).append('\n');
        }
        if (random.nextInt(3) == 0) {
            // a bad row: all-or-nothing stores nothing of the file, accept-valid the rest
            csv.append(nik(villages.getFirst())).append(";Salah;L;;;NELAYAN;99.99.99.9999;tidak;1000000;SELF;").append(today()).append(";;;\n");
        }
        run(csv, true);
        workerIds.clear();
        workerIds.addAll(jdbc.queryForList("SELECT id FROM worker ORDER BY id", Long.class));
    }

    private void importContributions() throws Exception {
        var csv = new StringBuilder("nik;bulan;jumlah;tanggal_bayar;pembayar;alasan\n");
        int rows = 2 + random.nextInt(10);
        for (int i = 0; i < rows; i++) {
            var w = jdbc.queryForMap("SELECT nik, enrolled_on, mou_id, agent_id FROM worker WHERE id = ?", pick(workerIds));
            YearMonth month = someMonthFrom(YearMonth.from(((java.sql.Date) w.get("enrolled_on")).toLocalDate()));
            String payer = w.get("mou_id") != null && random.nextBoolean() ? "MOU" : w.get("agent_id") != null && random.nextBoolean() ? "AGEN"
                    : "PESERTA";
            csv.append(w.get("nik")).append(';').append(month).append(";;").append(today()).append(';').append(payer).append(";\n");
        }
        if (random.nextInt(3) == 0) {
            csv.append("3171010101900001;").append(YearMonth.from(today())).append(";;").append(today()).append(";PESERTA;\n"); // unknown NIK
        }
        run(csv, false);
    }

    private void run(StringBuilder csv, boolean workerFile) throws Exception {
        Path file = Files.createTempFile("coverage-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            ImportMode mode = random.nextBoolean() ? ImportMode.ACCEPT_VALID : ImportMode.ALL_OR_NOTHING;
            var result = workerFile ? workerImport.importFile(file, mode, Progress.NONE, () -> false)
                    : contributionImport.importFile(file, mode, Progress.NONE, () -> false);
            result.report().delete();
            if (result.outcome() == ImportResult.Outcome.ROLLED_BACK) {
                rolledBack++;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A potential recorded, changed or cleared: the village's workers move into or out of "enrolled where potential". */
    private void recordPotential() {
        String village = pick(villages);
        Integer potential = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> 0;
            default -> 50 + random.nextInt(500);
        };
        profiles.updateOutreach(village, potential, null, profileQueries.find(village).orElseThrow().version());
    }

    private void planEvent() {
        LocalDateTime start = today().minusDays(random.nextInt(45)).atTime(9, 0);
        EventView e = events.plan(new EventDraft("Sosialisasi " + serial++, EventType.SOSIALISASI_DESA, start, start.plusHours(2),
                pick(villages), null, "coverage-consistency", null, 40, Set.of()));
        plannedEvents.add(e.id());
    }

    private void holdOrCancelEvent() {
        if (plannedEvents.isEmpty()) {
            return;
        }
        long id = plannedEvents.remove(random.nextInt(plannedEvents.size()));
        EventView e = eventQueries.find(id).orElseThrow();
        if (random.nextInt(3) == 0) {
            events.cancel(id, "Hujan deras", e.version());
        } else {
            events.markHeld(id, random.nextInt(120), null, null, e.version());
        }
    }

    private void registerAgent() {
        String number = "PRS-CK-" + serial++;
        String home = random.nextBoolean() ? pick(villages) : pick(villages).substring(0, 8);
        AgentView a = agents.register(number, "Agen " + number, null, home, "Koperasi Uji", SponsorKind.KOPERASI,
                today().minusDays(random.nextInt(120)));
        agentIds.add(a.id());
        agentNumbers.add(number);
    }

    private YearMonth someMonthFrom(YearMonth first) {
        YearMonth now = YearMonth.from(today());
        long span = Math.max(0, first.until(now, java.time.temporal.ChronoUnit.MONTHS));
        return first.plusMonths(random.nextLong(span + 1));
    }

    /** A man's NIK of the village's district, born 1970–1999, with a serial of this test's own. */
    private String nik(String village) {
        String district = village.substring(0, 8).replace(".", "");
        return "%s%02d%02d%02d%04d".formatted(district, 1 + random.nextInt(28), 1 + random.nextInt(12), 70 + random.nextInt(30), serial++);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- the comparison

    /** The stored rows, all-zero rows left out (a change undone leaves one). */
    private Map<String, long[]> rows() {
        Map<String, long[]> rows = new TreeMap<>();
        jdbc.query("SELECT level, area_code, month, mou_id, " + String.join(", ", Cells.COLUMNS) + " FROM coverage_cell", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(5 + i);
            }
            if (Arrays.stream(v).anyMatch(x -> x != 0)) {
                rows.put(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getObject(3, LocalDate.class) + "|" + rs.getLong(4), v);
            }
        });
        return rows;
    }

    private YearMonth first;
    private YearMonth last;

    /** The store read as figures: flows of each month, stocks as the sum of the changes up to it. */
    private Map<String, long[]> storedFigures() {
        first = jdbc.queryForObject("SELECT MIN(month) FROM coverage_cell", LocalDate.class) == null ? YearMonth.from(today())
                : YearMonth.from(jdbc.queryForObject("SELECT MIN(month) FROM coverage_cell", LocalDate.class));
        last = YearMonth.from(today()).plusMonths(4);
        Map<String, TreeMap<YearMonth, long[]>> byArea = new HashMap<>();
        jdbc.query("SELECT level, area_code, mou_id, month, " + String.join(", ", Cells.COLUMNS) + " FROM coverage_cell", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(5 + i);
            }
            byArea.computeIfAbsent(rs.getString(2) + "|" + rs.getLong(3), k -> new TreeMap<>())
                    .put(YearMonth.from(rs.getObject(4, LocalDate.class)), v);
        });
        Map<String, long[]> figures = new TreeMap<>();
        for (var area : byArea.entrySet()) {
            long[] stock = new long[Cells.COLUMNS.size()];
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long[] v = area.getValue().getOrDefault(m, new long[Cells.COLUMNS.size()]).clone();
                for (int s : new int[] {Cells.ENROLLED, Cells.ACTIVE, Cells.AGENTS, Cells.POTENTIAL_ENROLLED}) {
                    stock[s] += v[s];
                    v[s] = stock[s];
                }
                put(figures, area.getKey() + "|" + m, v);
            }
        }
        return figures;
    }

    /** The same figures straight from the raw rows, month by month, by the rules' own code. */
    private Map<String, long[]> freshAggregation() {
        Map<String, long[]> figures = new TreeMap<>();
        Set<String> withPotential = new java.util.HashSet<>(
                jdbc.queryForList("SELECT village_code FROM village_profile WHERE potential > 0", String.class));
        Map<Long, List<Object[]>> paid = new HashMap<>();
        jdbc.query("SELECT worker_id, month, amount, payer FROM contribution", rs -> {
            paid.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Object[] {YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getString(4)});
        });
        jdbc.query("SELECT id, village_code, mou_id, enrolled_on FROM worker", rs -> {
            String village = rs.getString(2);
            long mou = rs.getLong(3);
            YearMonth enrolled = YearMonth.from(rs.getObject(4, LocalDate.class));
            List<Object[]> payments = paid.getOrDefault(rs.getLong(1), List.of());
            List<YearMonth> months = payments.stream().map(p -> (YearMonth) p[0]).toList();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long[] v = new long[Cells.COLUMNS.size()];
                v[Cells.NEW_ENROLLMENTS] = enrolled.equals(m) ? 1 : 0;
                v[Cells.ENROLLED] = enrolled.isAfter(m) ? 0 : 1;
                v[Cells.ACTIVE] = ActivityState.activeIn(months, m) ? 1 : 0;
                v[Cells.POTENTIAL_ENROLLED] = withPotential.contains(village) ? v[Cells.ENROLLED] : 0;
                for (Object[] p : payments) {
                    if (p[0].equals(m)) {
                        int counter = switch ((String) p[2]) {
                            case "MOU" -> Cells.PAID_BY_MOU;
                            case "AGENT" -> Cells.PAID_BY_AGENT;
                            default -> Cells.PAID_BY_WORKER;
                        };
                        v[counter] += (Long) p[1];
                    }
                }
                addToLineage(figures, village, mou, m, v);
            }
        });
        Map<Long, List<LocalDate>> acquisitions = new HashMap<>();
        jdbc.query("SELECT agent_id, enrolled_on FROM worker WHERE agent_id IS NOT NULL", rs -> {
            acquisitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
        });
        jdbc.query("SELECT id, home_area, start_date, reactivated_on FROM agent", rs -> {
            LocalDate start = rs.getObject(3, LocalDate.class);
            LocalDate reactivated = rs.getObject(4, LocalDate.class);
            List<LocalDate> acquired = acquisitions.getOrDefault(rs.getLong(1), List.of());
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                YearMonth m = month;
                // active on some day of the month: on its first day or on a day something happened in it
                TreeSet<LocalDate> days = new TreeSet<>(List.of(m.atDay(1)));
                acquired.stream().filter(d -> YearMonth.from(d).equals(m)).forEach(days::add);
                if (reactivated != null && YearMonth.from(reactivated).equals(m)) {
                    days.add(reactivated);
                }
                if (YearMonth.from(start).equals(m)) {
                    days.add(start);
                }
                boolean active = false;
                for (LocalDate day : days) {
                    if (day.isBefore(start)) {
                        continue;
                    }
                    LocalDate lastAcquisition = acquired.stream().filter(d -> !d.isAfter(day)).max(LocalDate::compareTo).orElse(null);
                    LocalDate react = reactivated != null && !reactivated.isAfter(day) ? reactivated : null;
                    active |= AgentActivity.of(start, lastAcquisition, react, day).active();
                }
                long[] v = new long[Cells.COLUMNS.size()];
                v[Cells.AGENTS] = active ? 1 : 0;
                addToLineage(figures, rs.getString(2), 0, m, v);
            }
        });
        jdbc.query("SELECT village_code, planned_start, actual_attendance FROM outreach_event WHERE status = 'HELD'", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            v[Cells.EVENTS_HELD] = 1;
            v[Cells.REACHED] = rs.getLong(3);
            addToLineage(figures, rs.getString(1), 0, YearMonth.from(rs.getObject(2, LocalDateTime.class)), v);
        });
        return figures;
    }

    private Map<String, Long> potentials() {
        Map<String, Long> stored = new TreeMap<>();
        jdbc.query("SELECT area_code, potential FROM coverage_potential WHERE potential <> 0", rs -> {
            stored.put(rs.getString(1), rs.getLong(2));
        });
        return stored;
    }

    private Map<String, Long> freshPotentials() {
        Map<String, Long> fresh = new TreeMap<>();
        jdbc.query("SELECT village_code, potential FROM village_profile WHERE potential > 0", rs -> {
            for (String c : Cells.lineage(rs.getString(1))) {
                fresh.merge(c, rs.getLong(2), Long::sum);
            }
        });
        return fresh;
    }

    private static void addToLineage(Map<String, long[]> figures, String code, long mou, YearMonth m, long[] v) {
        for (String c : Cells.lineage(code)) {
            long[] sum = figures.computeIfAbsent(c + "|" + mou + "|" + m, k -> new long[Cells.COLUMNS.size()]);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
    }

    private static void put(Map<String, long[]> figures, String key, long[] v) {
        if (Arrays.stream(v).anyMatch(x -> x != 0)) {
            figures.put(key, v);
        }
    }

    private static List<String> differences(Map<String, long[]> a, Map<String, long[]> b) {
        List<String> diff = new ArrayList<>();
        var keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            long[] x = a.getOrDefault(k, new long[Cells.COLUMNS.size()]);
            long[] y = b.getOrDefault(k, new long[Cells.COLUMNS.size()]);
            if (!Arrays.equals(x, y)) {
                diff.add(k + " " + Arrays.toString(x) + " != " + Arrays.toString(y));
            }
        }
        return diff;
    }
}
