package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A "label — value" row of a details panel or page; the value is set as text, never as HTML. */
public final class Fact {

    private Fact() {
    }

    /** Adds the row to {@code target}, unless the value is empty (an empty row says nothing). */
    public static void add(HasComponents target, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var label = new Span(target.getElement().getComponent().orElseThrow().getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var row = new Div(label, text);
        row.addClassName("fact");
        target.add(row);
    }
}
