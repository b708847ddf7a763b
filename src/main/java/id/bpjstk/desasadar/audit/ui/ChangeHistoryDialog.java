package id.bpjstk.desasadar.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.audit.TrailEntry;

/** A record's history, oldest first: each change with who and when, and its fields before → after in a table. */
class ChangeHistoryDialog extends Dialog {

    ChangeHistoryDialog(AuditTrail audit, String kind, String recordId) {
        addClassName("change-history");
        setHeaderTitle(getTranslation("audit.history.title", AuditTexts.kind(this, kind), recordId));
        setWidth("min(900px, 95vw)");
        var body = new Div();
        for (TrailEntry e : audit.history(kind, recordId)) {
            var heading = new H4(AuditTexts.time(this, e.at()) + " · " + e.username() + " · " + AuditTexts.operation(this, e.operation()));
            heading.addClassName("change-history-entry");
            body.add(heading);
            if (!e.isChange()) {
                body.add(new Paragraph(e.kind() + ": " + e.record()));
                continue;
            }
            var fields = new Grid<FieldChange>();
            fields.addThemeVariants(GridVariant.LUMO_COMPACT);
            fields.addColumn(FieldChange::field).setHeader(getTranslation("audit.field")).setAutoWidth(true).setFlexGrow(0);
            fields.addColumn(f -> AuditTexts.value(this, f.before())).setHeader(getTranslation("audit.before"));
            fields.addColumn(f -> AuditTexts.value(this, f.after())).setHeader(getTranslation("audit.after"));
            fields.setItems(e.changes());
            fields.setAllRowsVisible(true);
            body.add(fields);
        }
        add(body);
        getFooter().add(new Button(getTranslation("audit.close"), ev -> close()));
    }
}
