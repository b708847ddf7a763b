package id.bpjstk.desasadar.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AppUserLanguages;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.IssuedPassword;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserAdministration;
import id.bpjstk.desasadar.base.security.UserDraft;
import id.bpjstk.desasadar.base.security.UserRow;
import id.bpjstk.desasadar.base.security.UserRules;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.OfficeView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits one user; for an existing user also resets the password, disables or re-enables, and lets a user
 * locked out by failed sign-ins in again. Each field is bound to {@link UserRules}' check of it (decision 033); the
 * areas, office and partner are checked by the service on save. A little over 250 lines: the account actions act on
 * the row and version this dialog shows, so they stay with it.
 */
class UserFormDialog extends Dialog {

    /** What the fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private String username;
        private String fullName;
        private Role role;
        private boolean national;
        private String scopeCodes;
        private OfficeView office;
        private PartnerView partner;
        private String language = "id";
    }

    private final UserAdministration users;
    private final UserRow user;
    private final Runnable changed;
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final Checkbox national = new Checkbox();
    private final TextArea scopeCodes = new TextArea();
    private final ComboBox<OfficeView> office = new ComboBox<>();
    private final ComboBox<PartnerView> partner = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final Binder<Typed> binder = FormBinding.forBean();
    private final Typed typed = new Typed();

    private final Clock clock;

    UserFormDialog(Clock clock, UserAdministration users, UserRow user, Map<Long, OfficeView> offices, Map<Long, PartnerView> partners,
                   Runnable changed) {
        this.clock = clock;
        this.users = users;
        this.user = user;
        this.changed = changed;
        setHeaderTitle(getTranslation(user == null ? "user.add" : "user.edit"));
        addClassName("user-form");

        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(UserAdministration.USERNAME_MAX);
        username.setHelperText(getTranslation("user.username.help"));
        username.setRequired(true);
        username.setReadOnly(user != null);
        fullName.setLabel(getTranslation("user.full-name"));
        fullName.setMaxLength(UserAdministration.FULL_NAME_MAX);
        fullName.setRequired(true);
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setRequired(true);
        national.setLabel(getTranslation("user.scope.national"));
        scopeCodes.setLabel(getTranslation("user.scope-codes"));
        scopeCodes.setHelperText(getTranslation("user.scope-codes.help"));
        national.addValueChangeListener(e -> scopeCodes.setEnabled(!e.getValue()));
        office.setLabel(getTranslation("user.office"));
        office.setItems(offices.values().stream().sorted(Comparator.comparing(OfficeView::code)).toList());
        office.setItemLabelGenerator(o -> o.code() + " · " + o.name());
        office.setHelperText(getTranslation("user.office.help"));
        office.setClearButtonVisible(true);
        partner.setLabel(getTranslation("user.partner"));
        partner.setItems(partners.values().stream().sorted(Comparator.comparing(PartnerView::name)).toList());
        partner.setItemLabelGenerator(PartnerView::name);
        partner.setClearButtonVisible(true);
        role.addValueChangeListener(e -> partner.setVisible(e.getValue() == Role.PARTNER));
        partner.setVisible(false);
        language.setLabel(getTranslation("user.language"));
        language.setItems(AppUserLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        bind();
        if (user != null) {
            typed.username = user.username();
            typed.fullName = user.fullName();
            typed.role = user.role();
            typed.national = user.scopeCodes().contains(AreaScope.NATIONAL);
            typed.scopeCodes = String.join("\n", user.scopeCodes().stream().filter(c -> !c.isEmpty()).toList());
            typed.office = user.officeId() == null ? null : offices.get(user.officeId());
            typed.partner = user.partnerId() == null ? null : partners.get(user.partnerId());
            typed.language = user.locale();
        }
        binder.readBean(typed);

        var form = new FormLayout(username, fullName, role, language, national, scopeCodes, office, partner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(scopeCodes, 2);
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("user-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (user != null) {
            var reset = new Button(getTranslation("user.reset-password"), e -> reset());
            reset.addClassName("user-reset");
            var toggle = new Button(getTranslation(user.enabled() ? "user.disable" : "user.enable"), e -> toggle());
            toggle.addClassName("user-toggle");
            if (user.enabled()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            var unlock = new Button(getTranslation("user.unlock-sign-in"), e -> unlock());
            unlock.addClassName("user-unlock");
            var lockedUntil = users.signInLockedUntil(user.id());
            unlock.setEnabled(lockedUntil.isPresent());
            lockedUntil.ifPresent(until -> unlock.setTooltipText(getTranslation("user.sign-in-locked-until", Times.format(clock.getZone(), until, getLocale(), ""))));
            var left = new Div(reset, toggle, unlock);
            left.getStyle().set("margin-inline-end", "auto").set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
            getFooter().add(left);
        }
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private void bind() {
        // a user name is fixed once created
        binder.forField(username).withValidator(RuleValidator.of(name -> {
            if (user == null) {
                UserRules.username(name);
            }
        })).bind(t -> t.username, (t, v) -> t.username = v);
        binder.forField(fullName).withValidator(RuleValidator.of(UserRules::fullName)).bind(t -> t.fullName, (t, v) -> t.fullName = v);
        binder.forField(role).withValidator(RuleValidator.of(UserRules::role)).bind(t -> t.role, (t, v) -> t.role = v);
        binder.forField(national).bind(t -> t.national, (t, v) -> t.national = v);
        binder.forField(scopeCodes).bind(t -> t.scopeCodes, (t, v) -> t.scopeCodes = v);
        binder.forField(office).bind(t -> t.office, (t, v) -> t.office = v);
        binder.forField(partner).withValidator(RuleValidator.of(p -> UserRules.partnerChosen(role.getValue(), p == null ? null : p.id())))
                .bind(t -> t.partner, (t, v) -> t.partner = v);
        binder.forField(language).withValidator(RuleValidator.of(UserRules::language)).bind(t -> t.language, (t, v) -> t.language = v);
    }

    private UserDraft draft() {
        List<String> codes = new ArrayList<>();
        if (typed.national) {
            codes.add(AreaScope.NATIONAL);
        } else if (typed.scopeCodes != null) {
            Arrays.stream(typed.scopeCodes.split("[\\s,;]+")).map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
        }
        return new UserDraft(typed.username, typed.fullName, typed.role, codes, typed.office == null ? null : typed.office.id(),
                typed.partner == null ? null : typed.partner.id(), typed.language);
    }

    private void save() {
        if (FormBinding.write(binder, typed).isEmpty()) {
            return;
        }
        try {
            if (user == null) {
                IssuedPassword issued = users.create(draft());
                close();
                changed.run();
                showOneTimePassword(issued);
            } else {
                users.update(user.id(), draft(), user.version());
                close();
                changed.run();
            }
        } catch (RuleViolation ex) {
            Refusal.show(ex);
        }
    }

    private void reset() {
        try {
            IssuedPassword issued = users.resetPassword(user.id(), user.version());
            close();
            changed.run();
            showOneTimePassword(issued);
        } catch (RuleViolation ex) {
            Refusal.show(ex);
        }
    }

    /** After too many failed sign-ins the user waits; the administrator can let them in again at once. */
    private void unlock() {
        try {
            users.unlockSignIn(user.id());
            close();
            changed.run();
            Notification.show(getTranslation("user.sign-in-unlocked", user.username()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation ex) {
            Refusal.show(ex);
        }
    }

    private void toggle() {
        try {
            users.setEnabled(user.id(), !user.enabled(), user.version());
            close();
            changed.run();
        } catch (RuleViolation ex) {
            Refusal.show(ex);
        }
    }

    /** Shown once: only the hash is kept, so the administrator passes it on now or resets it again. */
    static void showOneTimePassword(IssuedPassword issued) {
        var dialog = new Dialog();
        dialog.addClassName("one-time-password-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("user.one-time.title"));
        var password = new Span(issued.oneTimePassword());
        password.addClassName("one-time-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("user-select", "all").set("letter-spacing", "0.05em");
        dialog.add(new Paragraph(dialog.getTranslation("user.one-time.for", issued.user().username())), password,
                new Paragraph(dialog.getTranslation("user.one-time.help")));
        var close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(28rem, 95vw)");
        dialog.open();
    }
}
