package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.CoverageRebuild;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A realistic population for the demo provinces (Sumatera Selatan 16, Jawa Timur 35), generated from a fixed seed so
 * that every demo database looks the same: village potentials, Perisai agents per regency, held socializations before
 * the enrolments they brought and planned ones in the coming weeks, workers with valid NIKs, 18 months of payments
 * ending last month (with lapses, agent collections and the Surabaya MoU's subsidy), then one coverage rebuild.
 *
 * <p>Written by {@code LOAD DATA} and multi-row inserts in one transaction, the coverage rebuild included, so a
 * failed start leaves nothing half made; the workers' {@code created_by} marks the population, and a start that
 * finds it adds nothing. The services would take minutes for 40,000 workers and their ~190,000 payments; the rows are
 * built by the same rules instead ({@link Nik#check}, {@link ContributionRules#validate}, {@link ActivityState#of}).
 * Demo only ({@code app.demo-population.enabled}, set by the demo profile; never in tests unless a test asks). Size:
 * {@code app.demo-population.workers}; seed: {@code app.demo-population.seed}; the months follow the clock (18 ending
 * last month), so the same seed gives the same population on the same day.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because it is one generator: every feature's rows
 * are drawn from one random sequence in one order (events before the enrolments they brought, payments after), so the
 * same seed gives the same population; split into classes, that order would hang on how they call each other.
 */
@Component
@ConditionalOnProperty(name = "app.demo-population.enabled", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
class DemoPopulation {

    static final String CREATED_BY = "demo-population";
    static final List<String> PROVINCES = List.of("16", "35");
    private static final String SURABAYA = "35.78";
    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final JdbcTemplate jdbc;
    private final AreaDirectory areas;
    private final TransactionTemplate tx;
    private final TariffService tariffs;
    private final CoverageRebuild coverage;
    private final UserService users;
    private final Clock clock;
    private final int size;
    private final long seed;

    DemoPopulation(JdbcTemplate jdbc, AreaDirectory areas, TransactionTemplate tx, TariffService tariffs, CoverageRebuild coverage, UserService users,
                   Clock clock, @Value("${app.demo-population.workers:40000}") int size,
                   @Value("${app.demo-population.seed:20260101}") long seed) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.tx = tx;
        this.tariffs = tariffs;
        this.coverage = coverage;
        this.users = users;
        this.clock = clock;
        this.size = size;
        this.seed = seed;
    }

    /** What was generated (all zero when the population was already there). */
    record Counts(int villages, int agents, int heldEvents, int plannedEvents, int workers, int contributions, int mouWorkers,
                  int nonActive, long millis) {
    }

    /** After the demo partners (their MoU funds Surabaya's workers) and the demo outreach (it checks for agents first). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void onStart() {
        create();
    }

    Counts create() {
        long started = System.nanoTime();
        Counts counts = tx.execute(status -> {
            Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE created_by = ?", Integer.class, CREATED_BY);
            if (existing != null && existing > 0) {
                return null;
            }
            Generated g = jdbc.execute((ConnectionCallback<Generated>) c -> new Generator(c).run());
            long written = System.nanoTime();
            // the rows above bypass the upkeep: one rebuild, in the same transaction, as the demo administrator
            users.runAs("admin", coverage::rebuild);
            log.info("Demo population written in {} ms, coverage rebuilt in {} ms", (written - started) / 1_000_000,
                    (System.nanoTime() - written) / 1_000_000);
            return g.counts(System.nanoTime() - started);
        });
        if (counts == null) {
            log.info("Demo population already present: nothing added");
            return new Counts(0, 0, 0, 0, 0, 0, 0, 0, (System.nanoTime() - started) / 1_000_000);
        }
        log.info("Demo population for provinces {} in {} ms: {} villages with potentials, {} agents, {} held and {} planned events,"
                        + " {} workers ({} MoU-funded, {} non-active last month), {} contributions", PROVINCES, counts.millis(),
                counts.villages(), counts.agents(), counts.heldEvents(), counts.plannedEvents(), counts.workers(), counts.mouWorkers(),
                counts.nonActive(), counts.contributions());
        return counts;
    }

    private record Generated(int villages, int agents, int held, int planned, int workers, int contributions, int mouWorkers,
                             int nonActive) {
        Counts counts(long nanos) {
            return new Counts(villages, agents, held, planned, workers, contributions, mouWorkers, nonActive, nanos / 1_000_000);
        }
    }

    private record AgentRow(String regency, String registration, String name, String phone, String homeArea, String sponsor,
                            String sponsorKind, LocalDate start) {
    }

    private record Mou(long id, LocalDate startsOn, LocalDate endsOn, int remaining) {
    }

    /** A worker being generated; {@code agent} and {@code event} are indexes into the generated lists. */
    private static final class Person {
        String nik, name, sex, phone, occupation, village, funding = "SELF";
        LocalDate birth, enrolled;
        long band;
        boolean jht;
        Long mouId;
        int agent = -1, event = -1;
        boolean agentCollects;
        final List<YearMonth> paid = new ArrayList<>();
    }

    private final class Generator {

        private final Connection c;
        private final Random random = new Random(seed);
        private final LocalDate today = LocalDate.now(clock);
        private final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        private final YearMonth firstMonth = lastMonth.minusMonths(17);
        private final String now = LocalDateTime.now(clock).withNano(0).toString().replace('T', ' ');
        private final TariffSchedule schedule = tariffs.schedule();
        private final Map<String, Long> amounts = new HashMap<>();
        private final Set<String> areaCodes = new HashSet<>();
        private final Set<String> niks = new HashSet<>();

        Generator(Connection c) {
            this.c = c;
        }

        Generated run() throws SQLException {
            long t0 = System.nanoTime();
            areaCodes.addAll(areas.codes(EnumSet.allOf(AreaLevel.class), code -> PROVINCES.stream().anyMatch(code::startsWith)));
            List<String> villages = areaCodes.stream().filter(code -> code.length() == 13).sorted().toList();
            areaCodes.addAll(PROVINCES);
            if (villages.isEmpty()) {
                return new Generated(0, 0, 0, 0, 0, 0, 0, 0);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nik FROM worker WHERE nik LIKE '16%' OR nik LIKE '35%'")) {
                while (rs.next()) {
                    niks.add(rs.getString(1));
                }
            }

            // villages with a recorded potential, where the outreach enrolled workers
            log.debug("areas read: {} ms", (System.nanoTime() - t0) / 1_000_000);
            Map<String, Integer> potentials = chooseVillages(villages);
            List<String> chosen = new ArrayList<>(potentials.keySet());
            writePotentials(potentials);

            List<AgentRow> agentRows = agents(villages);
            List<Long> agentIds = insertAgents(agentRows);
            Map<String, List<Integer>> agentsByRegency = new HashMap<>();
            for (int i = 0; i < agentRows.size(); i++) {
                agentsByRegency.computeIfAbsent(agentRows.get(i).regency(), r -> new ArrayList<>()).add(i);
            }

            Optional<Mou> mou = surabayaMou();
            int mouLeft = mou.map(Mou::remaining).orElse(0);
            double[] cumulative = new double[chosen.size()];
            double total = 0;
            for (int i = 0; i < chosen.size(); i++) {
                total += potentials.get(chosen.get(i)) * (0.3 + random.nextDouble());
                cumulative[i] = total;
            }
            List<Person> people = new ArrayList<>(size);
            int mouWorkers = 0;
            for (int i = 0; i < size; i++) {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                String village = chosen.get(Math.min(chosen.size() - 1, at < 0 ? -at - 1 : at));
                Person p = person(village);
                if (mou.isPresent() && mouLeft > 0 && village.startsWith(SURABAYA + ".") && random.nextDouble() < 0.6) {
                    Mou m = mou.get();
                    LocalDate from = m.startsOn().isAfter(firstMonth.atDay(1)) ? m.startsOn() : firstMonth.atDay(1);
                    LocalDate to = m.endsOn().isBefore(today) ? m.endsOn() : today;
                    if (!from.isAfter(to)) {
                        p.enrolled = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
                        p.funding = "APBD";
                        p.mouId = m.id();
                        mouLeft--;
                        mouWorkers++;
                    }
                }
                List<Integer> candidates = agentsByRegency.getOrDefault(village.substring(0, 5), List.of()).stream()
                        .filter(a -> !agentRows.get(a).start().isAfter(p.enrolled)).toList();
                if (p.mouId == null && !candidates.isEmpty() && random.nextDouble() < 0.25) {
                    p.agent = candidates.get(random.nextInt(candidates.size()));
                    p.agentCollects = random.nextDouble() < 0.6;
                }
                p.band = band(YearMonth.from(p.enrolled));
                p.jht = random.nextDouble() < 0.3;
                p.birth = birth(p.enrolled);
                p.nik = nik(p, village);
                p.occupation = occupation(village);
                p.name = name(p.sex);
                p.phone = random.nextDouble() < 0.85 ? phone() : null;
                pay(p);
                people.add(p);
            }

            // a held socialization a few days before each wave of a village's enrolments, most of the wave attending it
            log.debug("people generated: {} ms", (System.nanoTime() - t0) / 1_000_000);
            List<Object[]> events = new ArrayList<>();
            Map<Integer, Set<Integer>> eventAgents = new TreeMap<>();
            Map<String, List<Person>> waves = new TreeMap<>();
            for (Person p : people) {
                waves.computeIfAbsent(p.village + "|" + YearMonth.from(p.enrolled), k -> new ArrayList<>()).add(p);
            }
            int held = 0;
            for (List<Person> wave : waves.values()) {
                if (wave.size() < 3 && random.nextDouble() < 0.8) {
                    continue;
                }
                LocalDate first = wave.stream().map(p -> p.enrolled).min(LocalDate::compareTo).orElseThrow();
                LocalDateTime start = first.minusDays(3 + random.nextInt(18)).atTime(8 + random.nextInt(6), 0);
                String village = wave.getFirst().village;
                String audience = audience(wave.getFirst().occupation);
                int expected = wave.size() * 2 + 10 + random.nextInt(30);
                int attended = (int) Math.round(expected * (0.6 + random.nextDouble() * 0.6));
                int index = events.size();
                events.add(new Object[] {title(village, audience, false), random.nextDouble() < 0.7 ? "SOSIALISASI_DESA"
                        : random.nextBoolean() ? "JEMPUT_BOLA" : "SOSIALISASI_LOKASI_KERJA", start, start.plusHours(2), village,
                        officer(village), audience, expected, "HELD", attended});
                held++;
                for (Person p : wave) {
                    if (random.nextDouble() < 0.7) {
                        p.event = index;
                        if (p.agent >= 0) {
                            eventAgents.computeIfAbsent(index, k -> new HashSet<>()).add(p.agent);
                        }
                    }
                }
            }
            int planned = 0;
            for (String village : chosen) {
                if (random.nextDouble() < 0.08) {
                    LocalDateTime start = today.plusDays(1 + random.nextInt(28)).atTime(8 + random.nextInt(6), 0);
                    String audience = audience(occupation(village));
                    events.add(new Object[] {title(village, audience, true), "SOSIALISASI_DESA", start, start.plusHours(2), village,
                            officer(village), audience, 30 + random.nextInt(90), "PLANNED", null});
                    planned++;
                }
            }
            List<Long> eventIds = insertEvents(events);
            insertEventAgents(eventAgents, eventIds, agentIds);

            log.debug("generated and wrote villages, agents, events: {} ms", (System.nanoTime() - t0) / 1_000_000);
            List<Long> workerIds = loadWorkers(people, eventIds, agentIds);
            log.debug("workers loaded: {} ms", (System.nanoTime() - t0) / 1_000_000);
            int contributions = loadContributions(people, workerIds, agentIds);
            log.debug("contributions loaded: {} ms", (System.nanoTime() - t0) / 1_000_000);
            int nonActive = 0;
            for (Person p : people) {
                if (!ActivityState.of(p.paid).activeIn(lastMonth)) {
                    nonActive++;
                }
            }
            return new Generated(chosen.size(), agentRows.size(), held, planned, people.size(), contributions, mouWorkers, nonActive);
        }

        // ---- villages and potentials ----

        private Map<String, Integer> chooseVillages(List<String> villages) {
            // about thirty workers per village: the outreach works village by village (and the coverage store's rows grow
            // with the villages reached, not with the workers)
            int wanted = Math.min(villages.size(), Math.max(60, size / 30));
            List<String> shuffled = new ArrayList<>(villages);
            java.util.Collections.shuffle(shuffled, random);
            Map<String, Integer> chosen = new TreeMap<>();
            // Surabaya always has villages (kelurahan) in the demo: its MoU and partner user have something to show
            shuffled.stream().filter(v -> v.startsWith(SURABAYA + ".")).limit(Math.max(10, wanted / 40))
                    .forEach(v -> chosen.put(v, 0));
            for (String v : shuffled) {
                if (chosen.size() >= wanted) {
                    break;
                }
                chosen.put(v, 0);
            }
            // estimated informal workforce: a few hundred to a couple of thousand per village
            chosen.replaceAll((v, zero) -> (150 + random.nextInt(1200)) / 10 * 10);
            return chosen;
        }

        private void writePotentials(Map<String, Integer> potentials) throws SQLException {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO village_profile (village_code, potential) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE potential = COALESCE(potential, VALUES(potential))")) {
                for (var e : potentials.entrySet()) {
                    upsert.setString(1, e.getKey());
                    upsert.setInt(2, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }

        // ---- agents ----

        private List<AgentRow> agents(List<String> villages) throws SQLException {
            Map<String, List<String>> byRegency = new TreeMap<>();
            villages.forEach(v -> byRegency.computeIfAbsent(v.substring(0, 5), r -> new ArrayList<>()).add(v));
            Set<String> registered = new HashSet<>(jdbc.queryForList("SELECT registration_number FROM agent", String.class));
            List<AgentRow> rows = new ArrayList<>();
            for (var e : byRegency.entrySet()) {
                int n = 2 + random.nextInt(4);
                for (int i = 1; i <= n; i++) {
                    String registration = "PRS-" + e.getKey().replace(".", "") + "-D" + (i < 10 ? "0" : "") + i;
                    String home = e.getValue().get(random.nextInt(e.getValue().size()));
                    String sex = random.nextBoolean() ? "L" : "P";
                    int kind = random.nextInt(10);
                    String sponsorKind = kind < 5 ? "KOPERASI" : kind < 8 ? "YAYASAN" : kind < 9 ? "CV" : "LAINNYA";
                    LocalDate start = firstMonth.minusMonths(3).atDay(1).plusDays(random.nextInt(20 * 30));
                    if (!registered.contains(registration)) {
                        rows.add(new AgentRow(e.getKey(), registration, name(sex), phone(), random.nextBoolean() ? home : home.substring(0, 8),
                                sponsor(sponsorKind, e.getKey().startsWith("16")), sponsorKind, start.isAfter(today) ? today : start));
                    }
                }
            }
            return rows;
        }

        private List<Long> insertAgents(List<AgentRow> rows) throws SQLException {
            long before = maxId("agent");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO agent (registration_number, name, phone, home_area, sponsor_name,"
                    + " sponsor_kind, start_date) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AgentRow a : rows) {
                    insert.setString(1, a.registration());
                    insert.setString(2, a.name());
                    insert.setString(3, a.phone());
                    insert.setString(4, a.homeArea());
                    insert.setString(5, a.sponsor());
                    insert.setString(6, a.sponsorKind());
                    insert.setObject(7, a.start());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return idsAfter("agent", before, rows.size());
        }

        // ---- events ----

        private List<Long> insertEvents(List<Object[]> events) throws SQLException {
            long before = maxId("outreach_event");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outreach_event (title, type, planned_start, planned_end,"
                    + " village_code, officer, audience, expected_attendance, status, actual_attendance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] e : events) {
                    for (int i = 0; i < e.length; i++) {
                        insert.setObject(i + 1, e[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return idsAfter("outreach_event", before, events.size());
        }

        private void insertEventAgents(Map<Integer, Set<Integer>> eventAgents, List<Long> eventIds, List<Long> agentIds) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outreach_event_agent (event_id, agent_id) VALUES (?, ?)")) {
                for (var e : eventAgents.entrySet()) {
                    for (int agent : new java.util.TreeSet<>(e.getValue())) {
                        insert.setLong(1, eventIds.get(e.getKey()));
                        insert.setLong(2, agentIds.get(agent));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }

        private final Map<String, String> officers = new HashMap<>();

        /** The officer covering the regency (a demo coordinator when there is one), else the administrator. */
        private String officer(String village) {
            return officers.computeIfAbsent(village.substring(0, 5), regency -> users.officersCovering(regency).stream()
                    .map(u -> u.username()).sorted().findFirst().orElse("admin"));
        }

        // ---- workers ----

        private Person person(String village) {
            Person p = new Person();
            p.village = village;
            p.sex = random.nextDouble() < 0.42 ? "P" : "L";
            // more enrolments in recent months: the outreach is growing
            int months = 18;
            int m = (int) Math.floor(Math.sqrt(random.nextDouble()) * months);
            YearMonth month = firstMonth.plusMonths(Math.min(m, months - 1));
            p.enrolled = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            return p;
        }

        /** A band in force in the enrolment month, the lowest most often (informal workers declare low incomes). */
        private long band(YearMonth month) {
            List<Long> bands = schedule.bands(month);
            if (bands.isEmpty()) {
                throw new IllegalStateException("no income band in force in " + month);
            }
            int i = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * bands.size());
            return bands.get(Math.min(i, bands.size() - 1));
        }

        private LocalDate birth(LocalDate enrolled) {
            int age = 18 + (int) Math.floor(random.nextDouble() * random.nextDouble() * 40 + random.nextDouble() * 10);
            return enrolled.minusYears(age).minusDays(random.nextInt(365));
        }

        /** {@code PPKKCC DDMMYY NNNN} of the residence's district, +40 on the day for women; checked by the rules themselves. */
        private String nik(Person p, String village) {
            String district = village.substring(0, 8).replace(".", "");
            int day = p.birth.getDayOfMonth() + ("P".equals(p.sex) ? 40 : 0);
            String date = two(day) + two(p.birth.getMonthValue()) + two(p.birth.getYear() % 100);
            for (int attempt = 0; ; attempt++) {
                String nik = district + date + four(1 + random.nextInt(attempt < 50 ? 3000 : 9999));
                if (niks.contains(nik)) {
                    continue;
                }
                NikCheck check = Nik.check(nik, p.enrolled, areaCodes::contains);
                if (!check.valid() || !check.birthDate().equals(p.birth)) {
                    throw new IllegalStateException("generated NIK " + check.nik() + " breaks the rules: " + check.errors());
                }
                niks.add(nik);
                return nik;
            }
        }

        private String occupation(String village) {
            double r = random.nextDouble();
            if (village.startsWith(SURABAYA) || village.startsWith("35.71") || village.startsWith("35.73") || village.startsWith("16.71")) {
                return r < 0.3 ? "PEDAGANG_PASAR" : r < 0.5 ? "PEDAGANG_KELILING" : r < 0.65 ? "OJEK" : r < 0.75 ? "JURU_PARKIR"
                        : r < 0.9 ? "INDUSTRI_RUMAHAN" : "LAINNYA";
            }
            if (village.startsWith("16")) {
                return r < 0.4 ? "PEKEBUN" : r < 0.65 ? "PETANI" : r < 0.75 ? "NELAYAN" : r < 0.85 ? "PEDAGANG_PASAR" : r < 0.92 ? "OJEK"
                        : "LAINNYA";
            }
            return r < 0.4 ? "PETANI" : r < 0.5 ? "PEKEBUN" : r < 0.57 ? "NELAYAN" : r < 0.7 ? "PEDAGANG_PASAR" : r < 0.78 ? "OJEK"
                    : r < 0.9 ? "INDUSTRI_RUMAHAN" : r < 0.95 ? "PEDAGANG_KELILING" : "LAINNYA";
        }

        /**
         * The months paid: MoU workers every month (the city pays), otherwise some never pay, some stop after a few
         * months (non-active from the third unpaid month), some skip a month now and then, most pay every month.
         */
        private void pay(Person p) {
            YearMonth from = YearMonth.from(p.enrolled);
            int months = (int) (lastMonth.getYear() * 12L + lastMonth.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
            if (months <= 0) {
                return;
            }
            double kind = random.nextDouble();
            int stopAfter = months;
            double skip = 0.03;
            if (p.mouId != null) {
                skip = 0;
            } else if (kind < 0.10) {
                stopAfter = 0;
            } else if (kind < 0.35) {
                stopAfter = 1 + random.nextInt(Math.max(1, Math.min(10, months)));
            } else if (kind < 0.47) {
                skip = 0.3;
            }
            for (int i = 0; i < Math.min(stopAfter, months); i++) {
                if (i == 0 || random.nextDouble() >= skip) {
                    p.paid.add(from.plusMonths(i));
                }
            }
        }

        private List<Long> loadWorkers(List<Person> people, List<Long> eventIds, List<Long> agentIds) throws SQLException {
            Tsv tsv = new Tsv();
            for (Person p : people) {
                ActivityState state = ActivityState.of(p.paid);
                tsv.row(p.nik, p.name, p.sex, p.birth, p.phone, p.occupation, p.village, p.jht ? "1" : "0", p.band, p.funding, p.mouId,
                        p.enrolled, p.event < 0 ? null : eventIds.get(p.event), p.agent < 0 ? null : agentIds.get(p.agent),
                        state.paidThrough() == null ? null : state.paidThrough().atDay(1),
                        state.activeFrom() == null ? null : state.activeFrom().atDay(1), now, CREATED_BY);
            }
            tsv.load(c, "worker", "nik, full_name, sex, birth_date, phone, occupation, village_code, jht, income_band, funding, mou_id,"
                    + " enrolled_on, event_id, agent_id, paid_through, active_from, created_at, created_by", people.size());
            Map<String, Long> byNik = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT nik, id FROM worker WHERE created_by = ?")) {
                s.setString(1, CREATED_BY);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byNik.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return people.stream().map(p -> byNik.get(p.nik)).toList();
        }

        private int loadContributions(List<Person> people, List<Long> workerIds, List<Long> agentIds) throws SQLException {
            Tsv tsv = new Tsv();
            int rows = 0;
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                Long agentId = p.agent < 0 ? null : agentIds.get(p.agent);
                ContributionRules.Payee payee = new ContributionRules.Payee(workerIds.get(i), p.enrolled, p.band, p.jht, p.mouId, agentId);
                for (YearMonth month : p.paid) {
                    Payer payer = p.mouId != null ? Payer.MOU : p.agentCollects ? Payer.AGENT : Payer.WORKER;
                    Long payerId = payer == Payer.MOU ? p.mouId : payer == Payer.AGENT ? agentId : null;
                    LocalDate paidOn = month.atDay(1 + random.nextInt(28)).plusDays(random.nextDouble() < 0.15 ? 20 : 0);
                    if (paidOn.isBefore(p.enrolled)) {
                        paidOn = p.enrolled;
                    }
                    if (paidOn.isAfter(today)) {
                        paidOn = today;
                    }
                    ValidContribution v = ContributionRules.validate(schedule, payee, month, null, null, paidOn, payer, payerId, today,
                            id -> true);
                    tsv.row(v.workerId(), month.atDay(1), v.amount(), v.computedAmount(), v.paidOn(), v.payer().name(), v.payerMouId(),
                            v.payerAgentId(), now, CREATED_BY);
                    rows++;
                }
            }
            tsv.load(c, "contribution", "worker_id, month, amount, computed_amount, paid_on, payer, payer_mou_id, payer_agent_id,"
                    + " created_at, created_by", rows);
            return rows;
        }

        private Optional<Mou> surabayaMou() {
            return jdbc.query("""
                    SELECT m.id, m.starts_on, m.ends_on, m.quota - (SELECT COUNT(*) FROM worker w WHERE w.mou_id = m.id)
                    FROM mou m JOIN partner p ON p.id = m.partner_id JOIN mou_area a ON a.mou_id = m.id
                    WHERE p.kind = 'MUNICIPALITY' AND a.area_code = ? ORDER BY m.starts_on DESC, m.id LIMIT 1""",
                    (rs, i) -> new Mou(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4)),
                    SURABAYA).stream().findFirst();
        }

        private long maxId(String table) {
            Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
            return max == null ? 0 : max;
        }

        /** The ids of the rows just inserted, in insertion order (start-up: nobody else inserts meanwhile). */
        private List<Long> idsAfter(String table, long before, int expected) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + " WHERE id > ? ORDER BY id", Long.class, before);
            if (ids.size() != expected) {
                throw new IllegalStateException(table + ": " + ids.size() + " new rows, expected " + expected);
            }
            return ids;
        }

        // ---- names and words ----

        private String name(String sex) {
            String[] first = "P".equals(sex) ? FEMALE : MALE;
            String given = first[random.nextInt(first.length)];
            double r = random.nextDouble();
            if (r < 0.25) {
                return given;
            }
            String second = "P".equals(sex) ? FEMALE_SECOND[random.nextInt(FEMALE_SECOND.length)] : MALE_SECOND[random.nextInt(MALE_SECOND.length)];
            return r < 0.8 ? given + " " + second : given + " " + second + " " + FAMILY[random.nextInt(FAMILY.length)];
        }

        private String phone() {
            String prefix = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)];
            StringBuilder b = new StringBuilder("+62").append(prefix);
            int digits = 7 + random.nextInt(2);
            for (int i = 0; i < digits; i++) {
                b.append(random.nextInt(10));
            }
            return b.toString();
        }

        private String sponsor(String kind, boolean sumatra) {
            String[] places = sumatra ? new String[] {"Musi", "Sriwijaya", "Ogan", "Lematang", "Komering", "Rambang"}
                    : new String[] {"Brantas", "Arjuno", "Semeru", "Bengawan", "Kelud", "Madura"};
            String place = places[random.nextInt(places.length)];
            return switch (kind) {
                case "KOPERASI" -> "Koperasi " + (sumatra ? "Karet " : "Tani ") + place + " Sejahtera";
                case "YAYASAN" -> "Yayasan Pekerja Mandiri " + place;
                case "CV" -> "CV " + place + " Makmur";
                default -> "Paguyuban Pedagang " + place;
            };
        }

        private String audience(String occupation) {
            return switch (occupation) {
                case "PETANI" -> "petani";
                case "PEKEBUN" -> "pekebun karet dan sawit";
                case "NELAYAN" -> "nelayan";
                case "PEDAGANG_PASAR" -> "pedagang pasar";
                case "PEDAGANG_KELILING" -> "pedagang keliling";
                case "JURU_PARKIR" -> "juru parkir";
                case "OJEK" -> "pengemudi ojek";
                case "INDUSTRI_RUMAHAN" -> "pelaku industri rumahan";
                default -> "pekerja informal";
            };
        }

        private String title(String village, String audience, boolean planned) {
            return (planned ? "Sosialisasi lanjutan " : "Sosialisasi Jamsostek ") + audience + " desa " + village.substring(9);
        }
    }

    private static String four(int n) {
        return n < 10 ? "000" + n : n < 100 ? "00" + n : n < 1000 ? "0" + n : String.valueOf(n);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Rows for {@code LOAD DATA LOCAL INFILE} in its default format (tab-separated, {@code \N} for null). */
    private static final class Tsv {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.write('\t');
                }
                String s = values[i] == null ? "\\N" : values[i].toString();
                buffer.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            buffer.write('\n');
        }

        /**
         * Loads the rows with the foreign keys unchecked: every id in them was just read or inserted in this transaction,
         * and checking the worker's five and the payment's three references row by row costs a third of the load.
         */
        void load(Connection c, String table, String columns, int expected) throws SQLException {
            try (Statement load = c.createStatement()) {
                load.execute("SET foreign_key_checks = 0");
                try {
                    loadUnchecked(load, table, columns, expected);
                } finally {
                    load.execute("SET foreign_key_checks = 1");
                }
            }
        }

        private void loadUnchecked(Statement load, String table, String columns, int expected) throws SQLException {
            {
                load.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(buffer.toByteArray()));
                int stored = load.executeUpdate("LOAD DATA LOCAL INFILE 'demo-" + table + "' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 (" + columns + ")");
                if (stored != expected) {
                    throw new SQLException("LOAD DATA stored " + stored + " of " + expected + " rows into " + table);
                }
            }
        }
    }

    private static final String[] MALE = {"Agus", "Budi", "Slamet", "Joko", "Bambang", "Sugeng", "Hendra", "Rudi", "Eko", "Dedi",
        "Wahyu", "Heru", "Teguh", "Suparman", "Sutrisno", "Rahmat", "Fajar", "Andi", "Muhammad", "Ahmad", "Imam", "Yusuf", "Arif",
        "Bayu", "Dimas", "Hadi", "Irwan", "Junaidi", "Kusnadi", "Mulyono", "Nur", "Puji", "Rizky", "Samsul", "Taufik", "Umar",
        "Wawan", "Yanto", "Zainal", "Abdul", "Mochammad", "Syaiful", "Herman", "Firman", "Iwan", "Darmawan", "Sukardi", "Misdi"};
    private static final String[] MALE_SECOND = {"Santoso", "Prasetyo", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Gunawan",
        "Kurniawan", "Susanto", "Hartono", "Purnomo", "Nugroho", "Firmansyah", "Ramadhan", "Maulana", "Syahputra", "Effendi",
        "Hakim", "Rosyid", "Fauzi", "Anwar", "Arifin", "Sholeh", "Subagyo", "Riyadi"};
    private static final String[] FEMALE = {"Siti", "Sri", "Dewi", "Wulan", "Rina", "Endang", "Sumiati", "Lestari", "Ratna",
        "Yuliana", "Nurul", "Fitri", "Dwi", "Eka", "Ani", "Kartini", "Suryani", "Tri", "Indah", "Rini", "Nining", "Wati", "Sulastri",
        "Astuti", "Maya", "Putri", "Ayu", "Nur", "Lilis", "Mariam", "Hj. Aminah", "Rohmah", "Sumarni", "Yati", "Fatimah", "Khotimah"};
    private static final String[] FEMALE_SECOND = {"Rahayu", "Lestari", "Wahyuni", "Handayani", "Kusumawati", "Purwanti",
        "Susilowati", "Rahmawati", "Puspitasari", "Anggraini", "Fitriani", "Maesaroh", "Aisyah", "Nurhayati", "Hartini",
        "Wulandari", "Novitasari", "Safitri", "Khasanah", "Zulaikha"};
    private static final String[] FAMILY = {"Siregar", "Nasution", "Pratama", "Hasibuan", "Harahap", "Wijaya", "Hermawan",
        "Sulistyo", "Basri", "Akbar", "Halim", "Rusdi", "Zakaria", "Ismail"};
    private static final String[] PHONE_PREFIXES = {"811", "812", "813", "821", "822", "852", "853", "856", "857", "858", "877",
        "878", "895", "896", "897", "881", "882"};
}
