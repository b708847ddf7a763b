package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A change of a user's role, scope or office areas, or their disabling, applies to their next request in a session
 * that signed in before it (issue 12, item 8): each request here is what Spring Security does with a session's
 * sign-in (loaded from the HTTP session, where Vaadin keeps it), then the stamp check, then a service asking
 * {@link CurrentUser}.
 */
@IntegrationTest
class ChangesApplyOnTheNextRequestTest {

    @Autowired UserAdministration admin;
    @Autowired UserService users;
    @Autowired SecurityStamps stamps;
    @Autowired CurrentUser currentUser;
    @Autowired OfficeService offices;

    @BeforeEach
    void signIn() {
        actAsAdministrator();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_new_scope_is_what_the_services_see_on_the_users_next_request() {
        UserRow user = admin.create(draft("sesi.lingkup", Role.COORDINATOR, "35.78")).user();
        MockHttpSession session = signedIn("sesi.lingkup");
        assertThat(request(session).orElseThrow().scope().codes()).containsExactly("35.78");

        actAsAdministrator();
        admin.update(user.id(), draft("sesi.lingkup", Role.COORDINATOR, "35.15"), user.version());

        assertThat(request(session).orElseThrow().scope().codes()).containsExactly("35.15");
        assertThat(sessionPrincipal(session).scope().codes()).as("stored back in the session").containsExactly("35.15");
    }

    @Test
    void a_new_role_applies_to_the_next_request() {
        UserRow user = admin.create(draft("sesi.peran", Role.COORDINATOR, "35")).user();
        MockHttpSession session = signedIn("sesi.peran");

        admin.update(user.id(), draft("sesi.peran", Role.REGIONAL_HEAD, "35"), user.version());

        UserPrincipal seen = request(session).orElseThrow();
        assertThat(seen.role()).isEqualTo(Role.REGIONAL_HEAD);
        assertThat(seen.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REGIONAL_HEAD");
    }

    @Test
    void a_disabled_users_session_ends_on_its_next_request() {
        UserRow user = admin.create(draft("sesi.nonaktif", Role.COORDINATOR, "35.78")).user();
        MockHttpSession session = signedIn("sesi.nonaktif");
        assertThat(request(session)).isPresent();

        actAsAdministrator();
        admin.setEnabled(user.id(), false, user.version());

        assertThat(request(session)).as("the request goes on as nobody").isEmpty();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void new_office_areas_apply_to_the_next_request_of_a_user_whose_scope_follows_the_office() {
        OfficeView office = offices.list().stream().filter(o -> o.code().equals("KC-SURABAYA")).findFirst().orElseThrow();
        admin.create(new UserDraft("sesi.kantor", "Sesi Kantor", Role.COORDINATOR, List.of(), office.id(), null, "id"));
        MockHttpSession session = signedIn("sesi.kantor");
        assertThat(request(session).orElseThrow().scope().codes()).containsExactlyInAnyOrderElementsOf(office.areaCodes());

        actAsAdministrator();
        offices.save(office.id(), office.code(), office.name(), office.kind(), List.of("35.78"), office.lat(), office.lng(), office.version());

        assertThat(request(session).orElseThrow().scope().codes()).containsExactly("35.78");
    }

    @Test
    void a_session_of_an_unchanged_user_keeps_its_principal() {
        admin.create(draft("sesi.tetap", Role.COORDINATOR, "35.78"));
        MockHttpSession session = signedIn("sesi.tetap");
        UserPrincipal before = sessionPrincipal(session);

        assertThat(request(session).orElseThrow()).isSameAs(before);
    }

    private void actAsAdministrator() {
        SignIn.as(users, "sesi.admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    /** A session as a sign-in leaves it: the security context in the HTTP session. */
    private MockHttpSession signedIn(String username) {
        UserPrincipal principal = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** One request of the session; returns the user the services see during it. */
    private Optional<UserPrincipal> request(MockHttpSession session) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        SecurityContextHolder.setContext(new HttpSessionSecurityContextRepository().loadDeferredContext(request).get());
        var seen = new AtomicReference<Optional<UserPrincipal>>();
        try {
            new SecurityStampFilter(stamps, users, SecurityContextHolder.getContextHolderStrategy()).doFilter(request, response, (req, res) -> seen.set(currentUser.get()));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return seen.get();
    }

    private static UserPrincipal sessionPrincipal(MockHttpSession session) {
        var context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (UserPrincipal) context.getAuthentication().getPrincipal();
    }

    private static UserDraft draft(String username, Role role, String... scope) {
        return UserAdministrationTest.draft(username, role, scope);
    }
}
