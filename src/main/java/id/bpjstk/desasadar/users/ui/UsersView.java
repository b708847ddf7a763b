package id.bpjstk.desasadar.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserAdministration;
import id.bpjstk.desasadar.base.security.UserFilter;
import id.bpjstk.desasadar.base.security.UserRow;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's list of users (issue 12, item 7): filtered by name, role and status, read page by page; a click
 * opens the user for editing, disabling and a password reset.
 */
@Route("admin/pengguna")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration users;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Boolean> status = new ComboBox<>();
    private final Map<Long, OfficeView> offices;
    private final Map<Long, PartnerView> partners;

    private final Clock clock;

    UsersView(UserAdministration users, OfficeService officeService, PartnerService partnerService, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.offices = officeService.list().stream().collect(Collectors.toMap(OfficeView::id, Function.identity()));
        this.partners = partnerService.partners().stream().collect(Collectors.toMap(PartnerView::id, Function.identity()));
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("user.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("user-search");
        search.addValueChangeListener(e -> refresh());
        role.setPlaceholder(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setClearButtonVisible(true);
        role.addValueChangeListener(e -> refresh());
        status.setPlaceholder(getTranslation("user.status"));
        status.setItems(true, false);
        status.setItemLabelGenerator(b -> getTranslation(b ? "user.status.enabled" : "user.status.disabled"));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("user.add"), e -> new UserFormDialog(clock, users, null, offices, partners, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("user-add");
        var tools = new FlexLayout(search, role, status, add);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        tools.setWidthFull();

        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("user.full-name")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("user.role")).setAutoWidth(true);
        grid.addColumn(this::scopeText).setHeader(getTranslation("user.scope")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.status.enabled" : "user.status.disabled")
                + (u.mustChangePassword() ? " · " + getTranslation("user.status.one-time") : ""))
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addColumn(u -> Times.format(clock.getZone(), u.lastSignIn(), getLocale(), getTranslation("account.never")))
                .setHeader(getTranslation("user.last-sign-in")).setAutoWidth(true);
        grid.addItemClickListener(e -> new UserFormDialog(clock, users, e.getItem(), offices, partners, this::refresh).open());
        grid.setSizeFull();
        add(new H2(getTranslation("user.title")), tools, grid);
        refresh();
    }

    private String scopeText(UserRow u) {
        if (!u.scopeCodes().isEmpty()) {
            return u.scopeCodes().stream().map(c -> c.isEmpty() ? getTranslation("user.scope.national") : c).collect(Collectors.joining(", "));
        }
        OfficeView office = u.officeId() == null ? null : offices.get(u.officeId());
        return office == null ? "" : getTranslation("user.scope.office", office.name());
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), role.getValue(), status.getValue());
    }

    private void refresh() {
        UserFilter f = filter();
        grid.setItems(q -> users.find(f, q.getOffset(), q.getLimit()).stream(), q -> users.count(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
