package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.ProfileChange;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import id.bpjstk.desasadar.territory.VillageProfileView;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/** A village by URL ({@code /desa/16.07.01.2001}): facts, outreach profile, designation, history. */
@Route("desa/:code")
@PermitAll
class VillageDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VillageProfileService profiles;
    private final VillageProfileQueries profileQueries;
    private final List<VillageSection> sections;
    private String title = "";
    private VillageProfileView current;

    private final Clock clock;

    VillageDetailView(VillageProfileService profiles, VillageProfileQueries profileQueries, List<VillageSection> sections, Clock clock) {
        this.clock = clock;
        this.profiles = profiles;
        this.profileQueries = profileQueries;
        this.sections = sections.stream().sorted(Comparator.comparingInt(VillageSection::order)).toList();
        addClassName("village-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        profileQueries.find(code).ifPresentOrElse(this::render, this::renderNotFound);
    }

    private void renderNotFound() {
        removeAll();
        title = getTranslation("village.not-found");
        add(new H2(title), new Span(getTranslation("village.not-found.detail")));
    }

    private void render(VillageProfileView v) {
        current = v;
        removeAll();
        title = v.village().name();
        var heading = new H2(v.village().name());
        var where = new Span(getTranslation("village.detail.where", getTranslation("kind." + v.village().kind().name()),
                v.village().code(), v.village().districtName(), v.village().regencyName(), v.village().provinceName()));
        where.addClassName("detail-where");
        var branch = new Span(getTranslation("profile.branch", v.branchOffice() == null
                ? getTranslation("profile.branch.none") : v.branchOffice()));
        branch.addClassName("detail-branch");
        add(heading, where, branch, designation(v));
        sections.forEach(s -> add(s.create(v.village().code())));
        add(outreach(v), checklist(v), history(v));
    }

    private Div designation(VillageProfileView v) {
        var box = section("profile.designation");
        var status = new Span(getTranslation("status." + v.status().name()));
        status.getElement().getThemeList().add("badge " + switch (v.status()) {
            case DESIGNATED -> "success";
            case REVOKED -> "error";
            case IN_PROGRESS -> "contrast";
            case CANDIDATE -> "";
        });
        status.addClassName("status-badge");
        box.add(status);
        if (v.statusDate() != null) {
            box.add(new Span(" " + getTranslation("profile.status-since", format(v.statusDate()))));
        }
        if (v.decreeNumber() != null) {
            box.add(new Div(new Span(getTranslation("profile.decree") + ": " + v.decreeNumber())));
        }
        if (v.revokeReason() != null) {
            box.add(new Div(new Span(getTranslation("profile.reason") + ": " + v.revokeReason())));
        }
        if (v.editable()) {
            var actions = new HorizontalLayout();
            actions.setWrap(true);
            for (DesignationStatus next : v.status().next()) {
                var button = new Button(getTranslation("profile.move-to." + next.name()), e -> openStatusDialog(next));
                button.addClassName("status-action");
                actions.add(button);
            }
            box.add(actions);
        }
        return box;
    }

    private Div outreach(VillageProfileView v) {
        var box = section("profile.outreach");
        var potential = new IntegerField(getTranslation("profile.potential"));
        potential.setMin(0);
        potential.setMax(VillageProfileService.POTENTIAL_MAX);
        potential.setHelperText(getTranslation("profile.potential.help"));
        potential.setValue(v.potential());
        var notes = new TextArea(getTranslation("profile.notes"));
        notes.setMaxLength(VillageProfileService.NOTES_MAX);
        notes.setValue(v.notes() == null ? "" : v.notes());
        notes.setWidthFull();
        potential.setReadOnly(!v.editable());
        notes.setReadOnly(!v.editable());
        box.add(potential, notes);
        if (v.editable()) {
            var save = new Button(getTranslation("action.save"), e -> attempt(() ->
                    profiles.updateOutreach(v.village().code(), potential.getValue(), notes.getValue(), current.version())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-outreach");
            box.add(save);
        }
        return box;
    }

    private Div checklist(VillageProfileView v) {
        var box = section("profile.criteria");
        for (DesignationCheck check : v.checks()) {
            var icon = switch (check.state()) {
                case MET -> VaadinIcon.CHECK_CIRCLE.create();
                case NOT_MET -> VaadinIcon.CLOSE_CIRCLE.create();
                case NOT_TRACKED -> VaadinIcon.QUESTION_CIRCLE_O.create();
            };
            icon.addClassName("check-" + check.state().name().toLowerCase());
            var row = new HorizontalLayout(icon, new Span(getTranslation("criterion." + check.criterion().name())
                    + " (" + getTranslation("check." + check.state().name()) + ")"));
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("criterion");
            box.add(row);
        }
        return box;
    }

    private Div history(VillageProfileView v) {
        var box = section("profile.history");
        if (v.history().isEmpty()) {
            box.add(new Span(getTranslation("profile.history.empty")));
            return box;
        }
        var grid = new Grid<ProfileChange>();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(clock.getZone());
        grid.addColumn(c -> when.format(c.at())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(ProfileChange::by).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("history.field." + c.field())).setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(ProfileChange::from).setHeader(getTranslation("history.from"));
        grid.addColumn(ProfileChange::to).setHeader(getTranslation("history.to"));
        grid.setItems(v.history());
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    private void openStatusDialog(DesignationStatus to) {
        var dialog = new Dialog(getTranslation("profile.move-to." + to.name()));
        var date = new DatePicker(getTranslation("profile.date"));
        date.setMax(LocalDate.now(clock));
        date.setValue(LocalDate.now(clock));
        var decree = new TextField(getTranslation("profile.decree"));
        decree.setMaxLength(VillageProfileService.DECREE_MAX);
        var reason = new TextArea(getTranslation("profile.reason"));
        reason.setMaxLength(VillageProfileService.REASON_MAX);
        var form = new VerticalLayout();
        form.setPadding(false);
        if (to == DesignationStatus.DESIGNATED || to == DesignationStatus.REVOKED) {
            form.add(date);
        }
        if (to == DesignationStatus.DESIGNATED) {
            form.add(decree);
        }
        if (to == DesignationStatus.REVOKED) {
            form.add(reason);
        }
        dialog.add(form);
        var confirm = new Button(getTranslation("action.confirm"), e -> {
            if (attempt(() -> profiles.changeStatus(current.village().code(), to, date.getValue(), decree.getValue(),
                    reason.getValue(), current.version()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a save; a refused one shows why and keeps what the user typed. */
    private boolean attempt(Supplier<VillageProfileView> save) {
        try {
            render(save.get());
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (RuleViolation e) {
            Refusal.show(e);
            return false;
        }
    }

    private Div section(String titleKey) {
        var box = new Div(new H3(getTranslation(titleKey)));
        box.addClassName("detail-section");
        return box;
    }

    private String format(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
