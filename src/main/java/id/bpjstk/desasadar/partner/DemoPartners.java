package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.DemoUsers;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo municipality "Pemerintah Kota Surabaya" with a MoU for this year over the whole city, and the demo
 * partner user {@code pemkot.surabaya} linked to it; demo setup only.
 */
@Component
@ConditionalOnProperty(name = "app.demo-users", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
class DemoPartners {

    static final String NAME = "Pemerintah Kota Surabaya";
    static final String CITY = "35.78";

    private final PartnerService partners;
    private final UserService users;
    private final Clock clock;

    DemoPartners(PartnerService partners, UserService users, Clock clock) {
        this.partners = partners;
        this.users = users;
        this.clock = clock;
    }

    /** Early among the demo listeners: the demo population (enrollment's DemoPopulation) funds workers by this MoU. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    void create() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        // the demo users may not exist yet: listeners run in no set order
        users.createIfAbsent("admin", "Administrator Sistem", DemoUsers.PASSWORD, Role.ADMIN, Set.of(AreaScope.NATIONAL));
        users.createIfAbsent("pemkot.surabaya", "Mitra Pemkot Surabaya", DemoUsers.PASSWORD, Role.PARTNER, Set.of(CITY));
        // partners are managed by an administrator: the demo acts as the demo administrator would
        users.runAs("admin", () -> {
            long id = partners.partners().stream().filter(p -> p.name().equals(NAME)).findFirst().orElseGet(this::createSurabaya).id();
            users.assignPartner("pemkot.surabaya", id);
        });
    }

    private PartnerView createSurabaya() {
        PartnerView city = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, NAME, CITY,
                "Dinas Tenaga Kerja Kota Surabaya", null, null), PartnerView.NEW);
        int year = LocalDate.now(clock).getYear();
        // 1,000 workers with JKK and JKM at Rp16,800 a month for a year
        partners.saveMou(city.id(), null, new MouDraft("PKS/DEMO/" + CITY + "/" + year, "Perlindungan pekerja rentan Kota Surabaya " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 1000, 201_600_000L, List.of(CITY)), MouView.NEW);
        return city;
    }
}
