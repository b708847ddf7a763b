package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.Unrecorded;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import id.bpjstk.desasadar.base.security.UserService;

/**
 * Perisai agents and a month of socializations in Banyuasin for the demo (not in tests: their own data must stay
 * theirs), dated around today so that the calendar and the map's event layer have something to show.
 */
@Component
@ConditionalOnProperty(name = "app.demo-outreach", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
class DemoOutreach {

    private static final String OFFICER = "koordinator.banyuasin";

    private final EventService events;
    private final AgentService agents;
    private final UserService users;

    private final Clock clock;

    DemoOutreach(EventService events, AgentService agents, UserService users, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.agents = agents;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void create() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        if (users.officersCovering("16.07").stream().noneMatch(u -> u.username().equals(OFFICER))) {
            return;
        }
        users.runAs(OFFICER, () -> {
            // asked as the officer: nobody signed in sees no agent, and the demo would be created again on each start
            if (!agents.list().isEmpty()) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            AgentView rubber = agents.register("PRS-1607-001", "Hendra Saputra", "081278001122", "16.07.05",
                    "Koperasi Karet Maju Bersama", SponsorKind.KOPERASI, today.minusMonths(8));
            agents.register("PRS-1607-002", "Ni Luh Putu Ayu", "081366004455", "16.07.01",
                    "Yayasan Nelayan Sejahtera", SponsorKind.YAYASAN, today.minusMonths(1));
            agents.register("PRS-1607-003", "Ma'ruf Hidayat", null, "16.07", "CV Sawit Lestari", SponsorKind.CV,
                    today.minusMonths(2));

            LocalDateTime morning = today.atTime(9, 0);
            held("Sosialisasi petani karet Pulau Rajak", EventType.SOSIALISASI_DESA, morning.minusDays(20), "16.07.05.2002",
                    "petani karet", 60, 72, Set.of(rubber.id()));
            held("Jemput bola pedagang pasar", EventType.JEMPUT_BOLA, morning.minusDays(6), "16.07.05.2003",
                    "pedagang pasar", 40, 35, Set.of());
            EventView cancelled = plan("Pelatihan agen Perisai", EventType.PELATIHAN_AGEN, morning.minusDays(2), "16.07.01.2003",
                    "agen Perisai", 15, Set.of());
            events.cancel(cancelled.id(), "Hujan deras, jalan desa tidak dapat dilalui", cancelled.version());
            plan("Sosialisasi nelayan Sungai Rebo", EventType.SOSIALISASI_DESA, morning.plusDays(3), "16.07.01.2001",
                    "nelayan", 80, Set.of());
            plan("Sosialisasi pekebun sawit", EventType.SOSIALISASI_LOKASI_KERJA, morning.plusDays(10), "16.07.01.2002",
                    "pekebun sawit", 50, Set.of(rubber.id()));
        });
    }

    private EventView plan(String title, EventType type, LocalDateTime start, String village, String audience, int expected,
                           Set<Long> agentIds) {
        return events.plan(new EventDraft(title, type, start, start.plusHours(2), village, null, OFFICER, audience, expected, agentIds));
    }

    private void held(String title, EventType type, LocalDateTime start, String village, String audience, int expected,
                      int attended, Set<Long> agentIds) {
        EventView planned = plan(title, type, start, village, audience, expected, agentIds);
        events.markHeld(planned.id(), attended, null, null, planned.version());
    }
}
