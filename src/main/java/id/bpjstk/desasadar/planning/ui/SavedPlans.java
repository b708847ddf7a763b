package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.planning.PlanView;
import id.bpjstk.desasadar.planning.calendar.DaySheetService;
import id.bpjstk.desasadar.planning.PlanningService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The plans that visit the user's areas from today on: a coordinator opens one to revise it; anyone who reads it prints
 * its day sheet (the visits still planned, in time order).
 */
class SavedPlans extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.forLanguageTag("id"));
    static final int SHOWN = 200;

    private final PlanningService planning;
    private final Grid<PlanView> grid = new Grid<>();

    private Consumer<PlanView> open = p -> { };

    private final Clock clock;

    SavedPlans(PlanningService planning, DaySheetService daySheets, Clock clock) {
        this.clock = clock;
        this.planning = planning;
        addClassName("plan-saved");
        grid.addClassName("plan-saved-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlanView::title).setHeader(getTranslation("plan.name")).setFlexGrow(2);
        grid.addColumn(p -> DAY.format(p.firstDay()) + (p.lastDay().equals(p.firstDay()) ? "" : " – " + DAY.format(p.lastDay())))
                .setHeader(getTranslation("plan.days")).setFlexGrow(2);
        grid.addColumn(PlanView::officer).setHeader(getTranslation("plan.officer")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("plan.summary", p.stops().size(), String.format(Locale.forLanguageTag("id"), "%.1f", p.totalKm())))
                .setHeader(getTranslation("plan.stop")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(p -> {
            var button = new Button(getTranslation(p.editable() ? "plan.open" : "plan.view"), VaadinIcon.EDIT.create(), e -> open.accept(p));
            button.addClassName("plan-open");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setVisible(p.editable());
            return button.isVisible() ? button : new Span();
        })).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> {
            List<Long> planned = p.stops().stream().filter(s -> "PLANNED".equals(s.eventStatus())).map(s -> s.stop().eventId()).toList();
            if (planned.isEmpty()) {
                return new Span();
            }
            var sheet = DownloadLink.streamed(getTranslation("plan.day-sheet"), "lembar-kerja-" + p.firstDay() + ".pdf", "application/pdf",
                    out -> out.write(daySheets.pdf(planned)));
            sheet.addClassName("plan-day-sheet");
            return sheet;
        })).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("plan.saved.none"));
        add(grid);
        refresh();
    }

    /** What "Buka" does with a plan (the coordinator's editor opens it for revision). */
    void onOpen(Consumer<PlanView> action) {
        open = action;
    }

    void refresh() {
        grid.setItems(planning.list(LocalDate.now(clock), SHOWN));
    }
}
