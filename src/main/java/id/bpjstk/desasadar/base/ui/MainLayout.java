package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame of every signed-in page: navigation drawer (collapses to a toggle on a phone) and the
 * user menu with language choice and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** A partner's home (the partner feature's page), where a partner lands instead of the map. */
    static final String PARTNER_HOME = "mitra-saya";

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuthenticationContext authentication;

    public MainLayout(CurrentUser currentUser, UserService users, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.users = users;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setPadding(false);
        header.addClassName("app-header");
        currentUser.get().ifPresent(p -> header.add(userMenu(p)));
        addToNavbar(header);

        var brand = new Span(getTranslation("app.short-name"));
        brand.addClassName("drawer-brand");
        var footer = new Div(new Attribution());
        footer.addClassName("drawer-footer");
        addToDrawer(brand, navigation(), footer);
    }

    /** A partner signs in to its own home, not the map of everyone's villages: the root forwards there. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && currentUser.hasRole(Role.PARTNER)) {
            event.forwardTo(PARTNER_HOME);
        }
    }

    private SideNav navigation() {
        var nav = new SideNav();
        if (currentUser.hasRole(Role.PARTNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.partner-home"), PARTNER_HOME, VaadinIcon.HANDSHAKE.create()));
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.map"), "", VaadinIcon.MAP_MARKER.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.coverage"), "cakupan", VaadinIcon.PIE_BAR_CHART.create()));
        if (!currentUser.hasRole(Role.PARTNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.planning"), "rencana", VaadinIcon.ROAD.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.villages"), "desa", VaadinIcon.HOME_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.sites"), "lokasi", VaadinIcon.FACTORY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.events"), "kegiatan", VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.calendar"), "kegiatan/kalender", VaadinIcon.CALENDAR.create()));
        if (!currentUser.hasRole(Role.PARTNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.agents"), "agen", VaadinIcon.USERS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.workers"), "peserta", VaadinIcon.USER_CARD.create()));
        if (!currentUser.hasRole(Role.PARTNER)) { // a company partner reaches its UMKM from its home
            nav.addItem(new SideNavItem(getTranslation("nav.umkm"), "umkm-binaan", VaadinIcon.SHOP.create()));
        }
        if (currentUser.editsFieldWork()) {
            nav.addItem(new SideNavItem(getTranslation("nav.worker-import"), "peserta/impor", VaadinIcon.UPLOAD_ALT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.import-contributions"), "iuran/impor", VaadinIcon.MONEY_DEPOSIT.create()));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.offices"), "admin/kantor", VaadinIcon.OFFICE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.partners"), "admin/mitra", VaadinIcon.HANDSHAKE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "admin/import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.tariffs"), "admin/tarif", VaadinIcon.MONEY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.targets"), "admin/target", VaadinIcon.CROSSHAIRS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.priority-weights"), "admin/prioritas", VaadinIcon.SLIDERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/pengguna", VaadinIcon.USER_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit", VaadinIcon.RECORDS.create()));
        }
        if (currentUser.hasRole(Role.REGIONAL_HEAD) || currentUser.hasRole(Role.COORDINATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.targets"), "target", VaadinIcon.CROSSHAIRS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.about"), "about", VaadinIcon.INFO_CIRCLE.create()));
        return nav;
    }

    private MenuBar userMenu(UserPrincipal user) {
        var avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var root = menu.addItem(avatar);
        root.getElement().setAttribute("aria-label", getTranslation("user.menu"));
        var sub = root.getSubMenu();
        sub.addItem(new Span(user.fullName() + " · " + getTranslation("role." + user.role().name()))).setEnabled(false);
        sub.addItem(getTranslation("user.account"), e -> UI.getCurrent().navigate("akun")).addClassName("user-menu-account");
        if (user.role() != Role.PARTNER) { // the officer's own calendar feed and day sheet (planning)
            sub.addItem(getTranslation("user.my-calendar"), e -> UI.getCurrent().navigate("kalender-saya"));
        }
        var language = sub.addItem(getTranslation("user.language")).getSubMenu();
        for (Locale locale : AppI18nProvider.LOCALES) {
            var item = language.addItem(getTranslation("language." + locale.getLanguage()), e -> switchLanguage(user, locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("user.logout"), e -> authentication.logout());
        return menu;
    }

    private void switchLanguage(UserPrincipal user, Locale locale) {
        users.rememberLocale(user.id(), locale.toLanguageTag());
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload(); // every view reads its texts when built
    }
}
