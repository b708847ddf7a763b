package id.bpjstk.desasadar;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.LinkedHashSet;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Server-side UI tests (Karibu) on the real Spring context: a mocked browser, real views and services. */
public final class KaribuUi {

    private static final Routes ROUTES = routes();

    private KaribuUi() {
    }

    /**
     * Karibu's own discovery skips package-private views, and our views are package-private by design
     * (docs/architecture.md), so the @Route classes and the error views are found with Spring's scanner and added.
     */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
        Routes discovered = new Routes().autoDiscoverViews("id.bpjstk.desasadar");
        var views = new LinkedHashSet<>(discovered.getRoutes());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("id.bpjstk.desasadar")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        var errorViews = new LinkedHashSet<>(discovered.getErrorRoutes());
        var errorScanner = new ClassPathScanningCandidateComponentProvider(false);
        errorScanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (var candidate : errorScanner.findCandidateComponents("id.bpjstk.desasadar")) {
            errorViews.add((Class<? extends HasErrorParameter<?>>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, errorViews, true);
    }

    public static void start(ApplicationContext ctx) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    /** Signs in for the services (security context) and for view access control (the request's principal). */
    public static UserPrincipal signIn(UserService users, String username, Role role, String... scope) {
        UserPrincipal principal = SignIn.as(users, username, role, scope);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        request.setUserInRole((p, r) -> role.name().equals(r) || role.authority().equals(r));
        return principal;
    }

    public static void stop() {
        SignIn.out();
        MockVaadin.tearDown();
    }

    public static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
