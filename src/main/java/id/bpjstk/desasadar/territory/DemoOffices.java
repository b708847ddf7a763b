package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.DemoUsers;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo offices for the demo setup, and a coordinator whose scope comes from their office
 * ({@code koordinator.surabaya}, no scope of their own).
 */
@Component
@ConditionalOnProperty(name = "app.demo-users", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
class DemoOffices {

    private final OfficeService offices;
    private final UserService users;

    DemoOffices(OfficeService offices, UserService users) {
        this.offices = offices;
        this.users = users;
    }

    /** After the demo users (order 0), before what belongs to the offices (demo targets, order 20). */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(5)
    void create() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        if (!offices.list().isEmpty()) {
            return;
        }
        // offices are managed by an administrator: the demo acts as the demo administrator would
        users.createIfAbsent("admin", "Administrator Sistem", DemoUsers.PASSWORD, Role.ADMIN, Set.of(AreaScope.NATIONAL));
        // at their towns' centres (the same coordinates V030 gives offices of these codes created before it)
        users.runAs("admin", () -> {
            offices.save(null, "KW-SUMBAGSEL", "Kanwil Sumbagsel", OfficeKind.KANWIL, List.of("16"), -2.9761, 104.7754, OfficeView.NEW);
            offices.save(null, "KC-PALEMBANG", "Kantor Cabang Palembang", OfficeKind.KANTOR_CABANG, List.of("16.71", "16.07"), -2.9761, 104.7754, OfficeView.NEW);
            offices.save(null, "KW-JATIM", "Kanwil Jawa Timur", OfficeKind.KANWIL, List.of("35"), -7.2575, 112.7521, OfficeView.NEW);
            offices.save(null, "KC-SURABAYA", "Kantor Cabang Surabaya Rungkut", OfficeKind.KANTOR_CABANG, List.of("35.78", "35.15"), -7.3207, 112.7681, OfficeView.NEW);
            offices.save(null, "KCP-BOJONEGORO", "Kantor Cabang Perintis Bojonegoro", OfficeKind.KANTOR_CABANG_PERINTIS, List.of("35.22"), -7.1502, 111.8817, OfficeView.NEW);
        });
        users.createIfAbsent("koordinator.surabaya", "Koordinator Surabaya", DemoUsers.PASSWORD, Role.COORDINATOR, Set.of());
        offices.idOf("KC-SURABAYA").ifPresent(id -> users.assignOffice("koordinator.surabaya", id));
    }
}
