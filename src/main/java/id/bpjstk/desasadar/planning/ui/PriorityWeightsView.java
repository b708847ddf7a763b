package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.planning.PriorityComponent;
import id.bpjstk.desasadar.planning.PriorityService;
import id.bpjstk.desasadar.planning.PriorityWeights;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;

/**
 * The administrator's weights of the visit priority (README, "Visit priority"): one number per component, 0 to
 * {@value PriorityWeights#MAX}. The version read with the weights makes the second of two administrators' saves fail
 * with a message instead of overwriting the first. Each field is bound to the weight's rule
 * ({@link PriorityWeights#weight}, decision 033), so a bad number is flagged as the user leaves the field.
 */
@Route("admin/prioritas")
@RolesAllowed("ADMIN")
class PriorityWeightsView extends VerticalLayout implements HasDynamicTitle {

    private final PriorityService priorities;
    private final Map<PriorityComponent, NumberField> fields = new EnumMap<>(PriorityComponent.class);
    private final Binder<Map<PriorityComponent, Double>> binder = FormBinding.forBean();
    private final Paragraph total = new Paragraph();
    private long version;

    PriorityWeightsView(PriorityService priorities) {
        this.priorities = priorities;
        addClassName("priority-weights-view");
        var form = new FormLayout();
        form.setMaxWidth("40rem");
        for (PriorityComponent c : PriorityComponent.values()) {
            var field = new NumberField(getTranslation("planning.component." + c.name()));
            field.setMin(0);
            field.setMax(PriorityWeights.MAX);
            field.setStep(0.5);
            field.setRequired(true);
            field.addClassName("weight-" + c.name().toLowerCase().replace('_', '-'));
            field.addValueChangeListener(e -> showTotal());
            binder.forField(field)
                    .withValidator(RuleValidator.of(w -> {
                        try {
                            PriorityWeights.weight(c, w);
                        } catch (RuleViolation refused) {
                            throw named(refused);
                        }
                    }))
                    .bind(m -> m.get(c), (m, w) -> m.put(c, w));
            fields.put(c, field);
            form.add(field);
        }
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("weights-save");
        var defaults = new Button(getTranslation("weights.defaults"), e -> show(PriorityWeights.DEFAULTS, version));
        defaults.addClassName("weights-defaults");
        add(new H2(getTranslation("weights.title")), new Paragraph(getTranslation("weights.intro")), form, total,
                new HorizontalLayout(save, defaults));
        PriorityWeights now = priorities.weights();
        show(now, now.version());
    }

    private void show(PriorityWeights w, long version) {
        this.version = version;
        binder.readBean(w.asMap());
        showTotal();
    }

    private void showTotal() {
        double sum = fields.values().stream().mapToDouble(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        total.setText(getTranslation("weights.total", sum));
    }

    void save() {
        var values = new EnumMap<PriorityComponent, Double>(PriorityComponent.class);
        if (FormBinding.write(binder, values).isEmpty()) {
            return;
        }
        try {
            PriorityWeights saved = priorities.saveWeights(PriorityWeights.of(values, version));
            show(saved, saved.version());
            Notification.show(getTranslation("weights.saved"));
        } catch (RuleViolation e) {
            Refusal.show(named(e));
        }
    }

    /** The refusal with the component it names ({@code planning.component.…}) in the user's words. */
    private RuleViolation named(RuleViolation e) {
        Object[] args = e.args();
        if (args.length > 0 && args[0] instanceof String key && key.startsWith("planning.component.")) {
            args[0] = getTranslation(key);
        }
        return new RuleViolation(e.messageKey(), args);
    }

    NumberField fieldForTesting(PriorityComponent c) {
        return fields.get(c);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("weights.title");
    }
}
