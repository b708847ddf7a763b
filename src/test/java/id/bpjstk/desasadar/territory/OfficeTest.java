package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OfficeTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired OfficeService offices;
    @Autowired AreaService areas;
    @Autowired UserService users;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(users, "office-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_administrator_creates_an_office_covering_areas() {
        OfficeView saved = offices.save(null, code(), "KC Lubuk Linggau", OfficeKind.KANTOR_CABANG, List.of("16.73", " 16.05 "), OfficeView.NEW);

        assertThat(saved.areaCodes()).containsExactly("16.05", "16.73");
        assertThat(offices.list()).extracting(OfficeView::code).contains(saved.code());
    }

    @Test
    void unknown_areas_empty_names_and_taken_codes_are_refused_and_nothing_is_saved() {
        String code = code();
        assertViolation(() -> offices.save(null, code, "KC X", OfficeKind.KANTOR_CABANG, List.of("16.73", "99.99"), OfficeView.NEW),
                "office.error.unknown-area");
        assertViolation(() -> offices.save(null, code, "  ", OfficeKind.KANTOR_CABANG, List.of("16.73"), OfficeView.NEW), "office.error.name");
        assertViolation(() -> offices.save(null, code, "KC X", OfficeKind.KANTOR_CABANG, List.of(), OfficeView.NEW), "office.error.no-area");
        assertThat(offices.list()).extracting(OfficeView::code).doesNotContain(code);

        offices.save(null, code, "KC X", OfficeKind.KANTOR_CABANG, List.of("16.73"), OfficeView.NEW);
        assertViolation(() -> offices.save(null, code, "KC Y", OfficeKind.KANTOR_CABANG, List.of("16.74"), OfficeView.NEW),
                "office.error.duplicate-code");
    }

    @Test
    void of_two_administrators_saving_the_same_office_the_second_is_refused() {
        OfficeView office = offices.save(null, code(), "KCP Muara Enim", OfficeKind.KANTOR_CABANG_PERINTIS, List.of("16.03"), OfficeView.NEW);

        offices.save(office.id(), office.code(), "KCP Muara Enim (baru)", office.kind(), office.areaCodes(), office.version());
        assertViolation(() -> offices.save(office.id(), office.code(), "other", office.kind(), office.areaCodes(), office.version()),
                "office.error.conflict");
    }

    @Test
    void only_an_administrator_manages_offices() {
        SignIn.as(users, "office-coordinator", Role.COORDINATOR, "16.07");
        assertThatThrownBy(() -> offices.save(null, code(), "KC", OfficeKind.KANTOR_CABANG, List.of("16.07"), OfficeView.NEW))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_responsible_branch_is_the_closest_covering_branch_never_a_kanwil() {
        offices.save(null, code(), "Kanwil Test", OfficeKind.KANWIL, List.of("16.01.07"), OfficeView.NEW);
        offices.save(null, code(), "KC Regency", OfficeKind.KANTOR_CABANG, List.of("16.01"), OfficeView.NEW);
        offices.save(null, code(), "KCP District", OfficeKind.KANTOR_CABANG_PERINTIS, List.of("16.01.08"), OfficeView.NEW);

        assertThat(offices.responsibleBranch("16.01.08.2001")).contains("KCP District");
        assertThat(offices.responsibleBranch("16.01.07.2001")).contains("KC Regency");
        assertThat(offices.responsibleBranch("17.01.01.2001")).isEmpty();
    }

    @Test
    void a_coordinator_without_a_scope_of_their_own_sees_the_areas_of_their_office() {
        OfficeView office = offices.save(null, code(), "KC Prabumulih", OfficeKind.KANTOR_CABANG, List.of("16.74"), OfficeView.NEW);
        users.createIfAbsent("office-member", "Anggota", "secret-password", Role.COORDINATOR, Set.of());
        users.assignOffice("office-member", office.id());

        assertThat(users.loadUserByUsername("office-member").scope().codes()).containsExactly("16.74");
        SignIn.as(users, "office-member", Role.COORDINATOR);
        assertThat(areas.findVillage("16.74.01.1001")).isPresent();
        assertThat(areas.findVillage("16.07.01.2001")).isEmpty();
    }

    private static String code() {
        return "T-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
