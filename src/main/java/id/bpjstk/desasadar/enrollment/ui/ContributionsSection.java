package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.enrollment.ContributionRules;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.ContributionView;
import id.bpjstk.desasadar.enrollment.PayerChoice;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The contributions part of a worker's detail page: the paid months (amount, payer, paid on, reason of an
 * override) and, for editors, a form to record a payment. The amount field stays empty for the tariff amount,
 * which is shown as its placeholder once a month is chosen. The form's fields are bound to {@link ContributionRules}'
 * check of each (decision 033), the rules of the contribution import too.
 */
class ContributionsSection extends Composite<VerticalLayout> {

    /** What the form's fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private LocalDate month;
        private Integer amount;
        private LocalDate paidOn;
        private PayerChoice payer;
        private String reason;
    }

    private final ContributionService contributions;
    private final long workerId;
    private final Grid<ContributionView> grid = new Grid<>();

    ContributionsSection(ContributionService contributions, long workerId, Clock clock) {
        this.contributions = contributions;
        this.workerId = workerId;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("contributions-section");
        grid.addColumn(c -> c.month().toString()).setHeader(getTranslation("contributions.month")).setAutoWidth(true);
        grid.addColumn(c -> rupiah(c.amount())).setHeader(getTranslation("contributions.amount")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.payer().messageKey())).setHeader(getTranslation("contributions.payer")).setAutoWidth(true);
        grid.addColumn(c -> c.paidOn().toString()).setHeader(getTranslation("contributions.paid-on")).setAutoWidth(true);
        grid.addColumn(ContributionView::overrideReason).setHeader(getTranslation("contributions.reason")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contributions.none"));
        layout.add(new H3(getTranslation("contributions.title")));
        List<PayerChoice> payers = contributions.payerChoices(workerId);
        if (!payers.isEmpty()) {
            layout.add(form(payers, clock));
        }
        layout.add(grid);
        refresh();
    }

    private HorizontalLayout form(List<PayerChoice> payers, Clock clock) {
        var month = new DatePicker(getTranslation("contributions.month"));
        month.setMax(LocalDate.now(clock));
        var amount = new IntegerField(getTranslation("contributions.amount"));
        var paidOn = new DatePicker(getTranslation("contributions.paid-on"), LocalDate.now(clock));
        var payer = new ComboBox<PayerChoice>(getTranslation("contributions.payer"), payers);
        payer.setItemLabelGenerator(p -> getTranslation(p.payer().messageKey()));
        payer.setValue(payers.getFirst());
        var reason = new TextField(getTranslation("contributions.reason"));
        reason.setMaxLength(ContributionService.REASON_MAX);
        month.addValueChangeListener(e -> amount.setPlaceholder(e.getValue() == null ? null
                : contributions.computedAmount(workerId, YearMonth.from(e.getValue())).map(this::rupiah).orElse(null)));
        Binder<Typed> binder = FormBinding.forBean();
        binder.forField(month)
                .withValidator(RuleValidator.of(m -> ContributionRules.month(m == null ? null : YearMonth.from(m))))
                .bind(t -> t.month, (t, v) -> t.month = v);
        binder.forField(amount)
                .withValidator(RuleValidator.of(a -> ContributionRules.amountOverride(a == null ? null : a.longValue())))
                .bind(t -> t.amount, (t, v) -> t.amount = v);
        binder.forField(paidOn).withValidator(RuleValidator.of(d -> ContributionRules.paidOn(d, LocalDate.now(clock))))
                .bind(t -> t.paidOn, (t, v) -> t.paidOn = v);
        binder.forField(payer).withValidator(RuleValidator.of(p -> ContributionRules.payer(p == null ? null : p.payer())))
                .bind(t -> t.payer, (t, v) -> t.payer = v);
        binder.forField(reason).withValidator(RuleValidator.of(ContributionRules::reason)).bind(t -> t.reason, (t, v) -> t.reason = v);
        var record = new Button(getTranslation("contributions.record"), e -> {
            var typed = new Typed();
            if (FormBinding.write(binder, typed).isEmpty()) {
                return;
            }
            YearMonth paid = YearMonth.from(typed.month);
            try {
                contributions.record(workerId, paid, typed.amount == null ? null : typed.amount.longValue(), typed.reason, typed.paidOn,
                        typed.payer.payer(), typed.payer.id());
                Notification.show(getTranslation("contributions.recorded", String.valueOf(paid)));
                // the next payment starts afresh, the payer and the day kept
                typed.month = null;
                typed.amount = null;
                typed.reason = null;
                binder.readBean(typed);
                refresh();
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(month, amount, paidOn, payer, reason, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refresh() {
        grid.setItems(contributions.ofWorker(workerId));
    }

    private String rupiah(long amount) {
        return "Rp" + NumberFormat.getIntegerInstance(getLocale()).format(amount);
    }
}
