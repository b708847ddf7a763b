package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.DemoUsers;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.OfficeService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Targets for the demo setup (not in tests: their data must stay theirs), all marked illustrative:
 * <ul>
 *   <li>the public figures of the issue: Kanwil Jawa Timur 2019, 411,156 new BPU participants and Rp6.2 trillion of
 *       contributions (all segments, not BPU only); Kanwil Sumbagsel 1,000,000 active participants (the year is not
 *       given with the figure; set on 2019 beside the Jawa Timur ones);</li>
 *   <li>this year's targets for the demo provinces (16 Sumatera Selatan, 35 Jawa Timur) and each of their regencies,
 *       from the number of villages at fixed rates per village ({@link #PER_VILLAGE}), varied ±20 % per regency so that
 *       achievement differs on the map, the province being the sum of its regencies. The rates are the one place to
 *       tune them against the demo population.</li>
 * </ul>
 * Each target is created only when absent, so a restart adds nothing.
 */
@Component
@ConditionalOnProperty(name = "app.demo-targets", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
class DemoTargets {

    static final int PUBLIC_FIGURES_YEAR = 2019;
    static final List<String> DEMO_PROVINCES = List.of("16", "35");
    /** Yearly target per village of a regency: new participants, active participants, agents, designated villages. */
    static final Map<TargetMeasure, Double> PER_VILLAGE = Map.of(
            TargetMeasure.NEW_PARTICIPANTS, 8.0,
            TargetMeasure.ACTIVE_PARTICIPANTS, 12.0,
            // the actives' minimum contribution (Rp16,800) for ten months on average
            TargetMeasure.CONTRIBUTIONS_RP, 12.0 * 16_800 * 10,
            TargetMeasure.AGENTS_RECRUITED, 1.0 / 40,
            TargetMeasure.VILLAGES_DESIGNATED, 0.03);
    /** More enrolments late in the year, as budgets and campaigns fall: shares in percent, January to December. */
    static final List<BigDecimal> NEW_PARTICIPANT_SHARES = Stream.of(6, 6, 7, 8, 8, 8, 8, 9, 9, 10, 10, 11)
            .map(BigDecimal::valueOf).toList();
    private static final String ILLUSTRATIVE_NOTE = "Ilustrasi demo: dihitung dari jumlah desa, bukan target resmi";

    private final TargetService targets;
    private final OfficeService offices;
    private final UserService users;
    private final AreaDirectory areas;

    private final Clock clock;

    DemoTargets(TargetService targets, OfficeService offices, UserService users, AreaDirectory areas, Clock clock) {
        this.clock = clock;
        this.targets = targets;
        this.offices = offices;
        this.users = users;
        this.areas = areas;
    }

    /** After the demo offices (order 5): the public figures belong to two kanwil. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void create() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        users.createIfAbsent("admin", "Administrator Sistem", DemoUsers.PASSWORD, Role.ADMIN, Set.of(AreaScope.NATIONAL));
        // targets are managed by an administrator: the demo acts as the demo administrator would
        users.runAs("admin", () -> drafts().forEach(d -> {
            if (targets.find(d.year(), d.owner(), d.measure()).isEmpty()) {
                targets.create(d);
            }
        }));
    }

    private List<TargetDraft> drafts() {
        var drafts = new ArrayList<TargetDraft>();
        offices.idOf("KW-JATIM").ifPresent(id -> {
            drafts.add(new TargetDraft(PUBLIC_FIGURES_YEAR, TargetOwner.office(id), TargetMeasure.NEW_PARTICIPANTS, 411_156L,
                    null, true, "Angka publik: target peserta BPU baru Kanwil Jawa Timur 2019"));
            drafts.add(new TargetDraft(PUBLIC_FIGURES_YEAR, TargetOwner.office(id), TargetMeasure.CONTRIBUTIONS_RP, 6_200_000_000_000L,
                    null, true, "Angka publik: target penerimaan iuran Kanwil Jawa Timur 2019, Rp6,2 triliun, semua segmen (bukan hanya BPU)"));
        });
        offices.idOf("KW-SUMBAGSEL").ifPresent(id -> drafts.add(new TargetDraft(PUBLIC_FIGURES_YEAR, TargetOwner.office(id),
                TargetMeasure.ACTIVE_PARTICIPANTS, 1_000_000L, null, true,
                "Angka publik: target 1 juta peserta aktif Kanwil Sumbagsel (tahun tidak disebut; dipasang pada 2019)")));
        int year = LocalDate.now(clock).getYear();
        for (String province : DEMO_PROVINCES) {
            Map<TargetMeasure, Long> provinceTotals = new LinkedHashMap<>();
            villagesPerRegency(province).forEach((regency, villages) -> {
                double spread = 0.8 + 0.4 * (Math.floorMod(regency.hashCode() * 31 + 7, 101) / 100.0);
                for (TargetMeasure measure : TargetMeasure.values()) {
                    long value = round(measure, villages * PER_VILLAGE.get(measure) * spread);
                    provinceTotals.merge(measure, value, Long::sum);
                    drafts.add(new TargetDraft(year, TargetOwner.area(regency), measure, value, null, true, ILLUSTRATIVE_NOTE));
                }
            });
            provinceTotals.forEach((measure, value) -> drafts.add(new TargetDraft(year, TargetOwner.area(province), measure, value,
                    measure == TargetMeasure.NEW_PARTICIPANTS ? new TargetPhasing(TargetPhasing.Kind.SHARES, NEW_PARTICIPANT_SHARES) : null,
                    true, ILLUSTRATIVE_NOTE)));
        }
        return drafts;
    }

    /** Rupiah to the million, counts to a whole number, and at least one of everything. */
    private static long round(TargetMeasure measure, double value) {
        if (measure.rupiah()) {
            return Math.max(1_000_000L, Math.round(value / 1_000_000) * 1_000_000);
        }
        return Math.max(1L, Math.round(value));
    }

    /** Reference data: the number of villages of each regency is no one's secret. */
    private Map<String, Long> villagesPerRegency(String province) {
        return areas.villagesPerRegency(province);
    }
}
