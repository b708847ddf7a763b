package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.enrollment.FieldViolation;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.KpjNumber;
import id.bpjstk.desasadar.enrollment.Nik;
import id.bpjstk.desasadar.enrollment.NikCheck;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Sex;
import id.bpjstk.desasadar.enrollment.VillageRole;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerField;
import id.bpjstk.desasadar.enrollment.WorkerRules;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerService.NikLookup;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Enrols a worker, or edits one (everything but the NIK). The NIK tells sex and birth date as soon as it is typed,
 * and whether it is already registered. The fields are bound to the {@link WorkerDraft} the service takes, each
 * with {@link WorkerRules}' check of that field (decision 033): a bad value is flagged as the user leaves the field,
 * in the words of the import report. A save the service refuses marks the field at fault and keeps everything typed.
 *
 * <p>Over 250 lines because the form has eighteen fields, each bound with its rule, its label and its choices; split
 * into parts they would have to share the binder and the NIK look-up's state, which is harder to follow than one list.
 */
class WorkerFormDialog extends Dialog {

    /** The village's latest events offered to enrol at (a village may have years of them). */
    private static final int EVENTS_TO_CHOOSE_FROM = 50;

    private final WorkerForms services;
    private final WorkerView editing;
    private final Consumer<WorkerView> onSaved;
    private final TextField nik = new TextField();
    private final Div nikStatus = new Div();
    private final ComboBox<Sex> sex = new ComboBox<>();
    private final DatePicker birthDate = new DatePicker();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final ComboBox<Occupation> occupation = new ComboBox<>();
    private final AreaPicker village;
    private final ComboBox<VillageRole> villageRole = new ComboBox<>();
    private final ComboBox<SiteView> site = new ComboBox<>();
    private final Checkbox jht = new Checkbox();
    private final DatePicker enrolledOn = new DatePicker();
    private final ComboBox<Long> incomeBand = new ComboBox<>();
    private final ComboBox<Funding> funding = new ComboBox<>();
    private final ComboBox<MouView> mou = new ComboBox<>();
    private final ComboBox<EventView> event = new ComboBox<>();
    private final ComboBox<AgentView> agent = new ComboBox<>();
    private final TextField kpj = new TextField();
    private final Map<WorkerField, HasValidation> fields = new EnumMap<>(WorkerField.class);
    private final Binder<WorkerDraft> binder = FormBinding.forRecord(WorkerDraft.class);
    private Binder.Binding<WorkerDraft, String> nikBinding;
    /** Whether the NIK typed is registered already (asked once per NIK typed, not per validation). */
    private boolean nikRegistered;

    WorkerFormDialog(WorkerForms services, WorkerView editing, Consumer<WorkerView> onSaved) {
        this.services = services;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "worker.enrol" : "worker.edit"));
        addClassName("worker-form");
        village = new AreaPicker(getTranslation("worker.village"), services.areas, Set.of(AreaLevel.VILLAGE));
        labels();
        choices();
        listeners();
        bind();
        nikStatus.addClassName("nik-status");
        var form = new VerticalLayout(nik, nikStatus, sex, birthDate, name, phone, occupation, village, villageRole, site, jht,
                enrolledOn, incomeBand, funding, mou, event, agent, kpj);
        form.setPadding(false);
        form.setSpacing(false);
        // a phone in the field: every input as wide as the dialog
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        add(form);
        if (editing == null) {
            enrolledOn.setValue(today());
            funding.setValue(Funding.SELF);
        } else {
            fill(editing);
        }

        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-worker");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(32rem, 95vw)");
    }

    private void labels() {
        nik.setLabel(getTranslation("worker.nik"));
        nik.setHelperText(getTranslation("worker.nik.help"));
        nik.setAllowedCharPattern("[0-9 .\\-]");
        nik.setMaxLength(Nik.LENGTH + 8);
        nik.setRequired(true);
        sex.setLabel(getTranslation("worker.sex"));
        birthDate.setLabel(getTranslation("worker.birth-date"));
        name.setLabel(getTranslation("worker.name"));
        name.setMaxLength(WorkerService.NAME_MAX);
        name.setRequired(true);
        phone.setLabel(getTranslation("worker.phone"));
        phone.setPlaceholder("0812-3456-7890");
        occupation.setLabel(getTranslation("worker.occupation"));
        occupation.setRequired(true);
        village.setRequired(true);
        villageRole.setLabel(getTranslation("worker.village-role"));
        villageRole.setPlaceholder(getTranslation("worker.village-role.none"));
        villageRole.setClearButtonVisible(true);
        site.setLabel(getTranslation("worker.site"));
        site.setHelperText(getTranslation("worker.site.help"));
        site.setClearButtonVisible(true);
        site.addClassName("worker-site");
        jht.setLabel(getTranslation("worker.jht"));
        enrolledOn.setLabel(getTranslation("worker.enrolled-on"));
        enrolledOn.setMax(today());
        enrolledOn.setRequired(true);
        incomeBand.setLabel(getTranslation("worker.income-band"));
        incomeBand.setRequired(true);
        funding.setLabel(getTranslation("worker.funding"));
        funding.setRequired(true);
        mou.setLabel(getTranslation("worker.mou"));
        event.setLabel(getTranslation("worker.event"));
        event.setClearButtonVisible(true);
        agent.setLabel(getTranslation("worker.agent"));
        agent.setClearButtonVisible(true);
        kpj.setLabel(getTranslation("worker.kpj"));
        kpj.setAllowedCharPattern("[0-9]");
        kpj.setMaxLength(KpjNumber.LENGTH);
        fields.putAll(Map.ofEntries(Map.entry(WorkerField.NIK, nik), Map.entry(WorkerField.SEX, sex),
                Map.entry(WorkerField.BIRTH_DATE, birthDate), Map.entry(WorkerField.FULL_NAME, name),
                Map.entry(WorkerField.PHONE, phone), Map.entry(WorkerField.OCCUPATION, occupation),
                Map.entry(WorkerField.VILLAGE, village), Map.entry(WorkerField.VILLAGE_ROLE, villageRole), Map.entry(WorkerField.SITE, site),
                Map.entry(WorkerField.ENROLLED_ON, enrolledOn), Map.entry(WorkerField.INCOME_BAND, incomeBand),
                Map.entry(WorkerField.FUNDING, funding), Map.entry(WorkerField.MOU, mou), Map.entry(WorkerField.EVENT, event),
                Map.entry(WorkerField.AGENT, agent), Map.entry(WorkerField.KPJ, kpj)));
    }

    private void choices() {
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        occupation.setItems(Occupation.values());
        occupation.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        villageRole.setItems(VillageRole.values());
        villageRole.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        incomeBand.setItemLabelGenerator(b -> WorkerFormat.rupiah(this, b));
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        mou.setItemLabelGenerator(m -> m.number() + " · " + m.partnerName() + " (" + getTranslation("worker.mou.remaining", m.remaining()) + ")");
        event.setItemLabelGenerator(e -> WorkerFormat.date(this, e.start().toLocalDate()) + " · " + e.title());
        agent.setItemLabelGenerator(a -> a.name() + " (" + a.registrationNumber() + ")");
        site.setItemLabelGenerator(s -> s.name() + " · " + getTranslation("site.type." + s.type().name()) + " #" + s.id());
        mou.setVisible(false);
    }

    private void listeners() {
        nik.addValueChangeListener(e -> nikTyped());
        village.addValueChangeListener(e -> villageChosen());
        enrolledOn.addValueChangeListener(e -> {
            bands();
            mous();
        });
        funding.addValueChangeListener(e -> mous());
    }

    /**
     * Each field bound to its part of the draft, with the rules' check of that field. What needs the database (the
     * village and site in scope, the MoU's period and quota, the income bands of the month) is checked by the service
     * on save, and its refusal shown on the field it names.
     */
    private void bind() {
        nikBinding = binder.forField(nik).withValidator(RuleValidator.of(this::checkNik)).bind("nik");
        binder.forField(sex).bind("sex");
        binder.forField(birthDate).bind("birthDate");
        binder.forField(name).withValidator(RuleValidator.of(WorkerRules::fullName)).bind("fullName");
        binder.forField(phone).withValidator(RuleValidator.of(WorkerRules::phone)).bind("phone");
        binder.forField(occupation).withValidator(RuleValidator.of(WorkerRules::occupation)).bind("occupation");
        binder.forField(village).withConverter(c -> c == null ? null : c.code(), code -> village.getValue())
                .withValidator(RuleValidator.of(code -> WorkerRules.village(code, inPicker -> true))).bind("villageCode");
        binder.forField(villageRole).bind("villageRole");
        binder.forField(site).withConverter(s -> s == null ? null : s.id(), id -> site.getValue()).bind("siteId");
        binder.forField(jht).bind("jht");
        binder.forField(enrolledOn).withValidator(RuleValidator.of(d -> WorkerRules.enrolledOn(d, today()))).bind("enrolledOn");
        binder.forField(incomeBand).withConverter(b -> b == null ? 0L : b, b -> incomeBand.getValue()).bind("incomeBand");
        binder.forField(funding).withValidator(RuleValidator.of(WorkerRules::funding)).bind("funding");
        binder.forField(mou).withConverter(m -> m == null ? null : m.id(), id -> mou.getValue())
                .withValidator(RuleValidator.of(id -> WorkerRules.mouChosen(funding.getValue(), id))).bind("mouId");
        binder.forField(event).withConverter(e -> e == null ? null : e.id(), id -> event.getValue()).bind("eventId");
        binder.forField(agent).withConverter(a -> a == null ? null : a.id(), id -> agent.getValue()).bind("agentId");
        binder.forField(kpj).withValidator(RuleValidator.of(WorkerRules::kpj)).bind("kpj");
    }

    /** The NIK as the rules see it (their first error), and not registered already; a worker's NIK is fixed once enrolled. */
    private void checkNik(String typed) {
        if (editing != null) {
            return;
        }
        WorkerRules.nik(nikCheck(typed));
        if (nikRegistered) {
            throw new FieldViolation(WorkerField.NIK, "worker.error.duplicate");
        }
    }

    /** What the digits say about the person; the area codes (the official list) are checked on save. */
    private NikCheck nikCheck(String typed) {
        return Nik.check(typed, enrolledOn.getValue() == null ? today() : enrolledOn.getValue(), code -> true);
    }

    /** Sex and birth date as the NIK says them; then whether the NIK is registered, told only as far as the scope allows. */
    private void nikTyped() {
        nikStatus.removeAll();
        nikRegistered = false;
        NikCheck check = nikCheck(nik.getValue());
        if (!nik.getValue().isBlank() && check.valid()) {
            showWhatTheNikSays(check);
        }
        // the binding may have run before this listener learnt whether the NIK is registered
        nikBinding.validate();
    }

    private void showWhatTheNikSays(NikCheck check) {
        sex.setValue(check.sex());
        birthDate.setValue(check.birthDate());
        var derived = new Span(getTranslation("worker.nik.derived", getTranslation(check.sex().messageKey()),
                WorkerFormat.date(this, check.birthDate())));
        derived.addClassName("nik-derived");
        nikStatus.add(derived);
        if (editing != null) {
            return;
        }
        switch (services.workers.lookup(nik.getValue())) {
            case NikLookup.InScope found -> {
                nikRegistered = true;
                var link = new Anchor("peserta/" + found.worker().id(), found.worker().fullName() + " (" + found.worker().villageName() + ")");
                link.addClassName("existing-worker");
                nikStatus.add(new Div(new Span(getTranslation("worker.nik.registered") + ": "), link));
            }
            case NikLookup.RegisteredElsewhere elsewhere -> {
                nikRegistered = true;
                nikStatus.add(new Div(new Span(getTranslation("worker.nik.registered"))));
            }
            case NikLookup.NotRegistered none -> { }
        }
    }

    private void villageChosen() {
        String code = village.getCode();
        EventView chosenEvent = event.getValue();
        AgentView chosenAgent = agent.getValue();
        // the village's recent events to enrol at, and the one this worker already came from however old it is
        List<EventView> events = new ArrayList<>(code == null ? List.of() : services.events.ofVillage(code, EVENTS_TO_CHOOSE_FROM));
        if (chosenEvent != null && chosenEvent.villageCode().equals(code) && events.stream().noneMatch(e -> e.id() == chosenEvent.id())) {
            events.add(chosenEvent);
        }
        List<AgentView> agents = code == null ? List.of() : services.agents.near(code);
        event.setItems(events);
        agent.setItems(agents);
        event.setValue(chosenEvent == null ? null : events.stream().filter(e -> e.id() == chosenEvent.id()).findFirst().orElse(null));
        sites(code);
        agent.setValue(chosenAgent == null ? null : agents.stream().filter(a -> a.id() == chosenAgent.id()).findFirst().orElse(null));
        mous();
    }

    /**
     * The work sites of the village (its markets, plantations, UMKM binaan…); a worker being edited keeps a site that
     * lies elsewhere, so that saving does not drop it unseen.
     */
    private void sites(String villageCode) {
        Long chosen = site.getValue() != null ? Long.valueOf(site.getValue().id()) : editing == null ? null : editing.siteId();
        List<SiteView> sites = new java.util.ArrayList<>(villageCode == null ? List.of() : services.sites.inArea(villageCode));
        Long kept = editing == null ? null : editing.siteId();
        if (kept != null && sites.stream().noneMatch(s -> s.id() == kept)) {
            services.sites.find(kept).ifPresent(sites::add);
        }
        site.setItems(sites);
        site.setValue(chosen == null ? null : sites.stream().filter(s -> s.id() == chosen).findFirst().orElse(null));
    }

    private void bands() {
        Long chosen = incomeBand.getValue();
        List<Long> bands = services.tariffs.bands(YearMonth.from(enrolledOn.getValue() == null ? today() : enrolledOn.getValue()));
        incomeBand.setItems(bands);
        incomeBand.setValue(chosen != null && bands.contains(chosen) ? chosen : bands.isEmpty() ? null : bands.getFirst());
    }

    /** The MoUs of the chosen kind that cover the village on the enrollment date; asked only for APBD and CSR. */
    private void mous() {
        boolean subsidized = funding.getValue() != null && funding.getValue().needsMou();
        mou.setVisible(subsidized);
        if (!subsidized || village.getCode() == null || enrolledOn.getValue() == null) {
            mou.setItems(List.of());
            return;
        }
        Long chosen = mou.getValue() == null ? null : mou.getValue().id();
        List<MouView> covering = services.partners.mousFunding(funding.getValue(), village.getCode(), enrolledOn.getValue());
        mou.setItems(covering);
        mou.setValue(covering.stream().filter(m -> Objects.equals(m.id(), chosen)).findFirst().orElse(null));
    }

    private void fill(WorkerView w) {
        nik.setValue(w.nik());
        nik.setReadOnly(true);
        nik.setHelperText(null);
        name.setValue(w.fullName());
        phone.setValue(w.phone() == null ? "" : w.phone());
        occupation.setValue(w.occupation());
        village.setCode(w.villageCode());
        villageRole.setValue(w.villageRole());
        jht.setValue(w.jht());
        enrolledOn.setValue(w.enrolledOn());
        incomeBand.setValue(w.incomeBand());
        funding.setValue(w.funding());
        mou.getListDataView().getItems().filter(m -> Objects.equals(m.id(), w.mouId())).findFirst().ifPresent(mou::setValue);
        if (w.eventId() != null) {
            selectEvent(w.eventId());
        }
        agent.getListDataView().getItems().filter(a -> Objects.equals(a.id(), w.agentId())).findFirst().ifPresent(agent::setValue);
        kpj.setValue(w.kpj() == null ? "" : w.kpj());
    }

    /** The worker's event among the village's recent ones, or added to them when it is older: saving must not drop it. */
    private void selectEvent(long eventId) {
        Optional<EventView> theirs = event.getListDataView().getItems().filter(e -> e.id() == eventId).findFirst();
        if (theirs.isEmpty()) {
            theirs = services.events.find(eventId);
            theirs.ifPresent(e -> event.setItems(Stream.concat(event.getListDataView().getItems(), Stream.of(e)).toList()));
        }
        theirs.ifPresent(event::setValue);
    }

    private void save() {
        WorkerDraft draft = FormBinding.record(binder).orElse(null);
        if (draft == null) {
            return;
        }
        try {
            WorkerView saved = editing == null ? services.workers.enroll(draft)
                    : services.workers.update(editing.id(), draft, editing.version());
            close();
            onSaved.accept(saved);
        } catch (FieldViolation refused) {
            Refusal.showOn(fields.get(refused.field()), refused);
        } catch (RuleViolation refused) {
            Refusal.show(refused);
        }
    }

    private LocalDate today() {
        return LocalDate.now(services.clock);
    }
}
