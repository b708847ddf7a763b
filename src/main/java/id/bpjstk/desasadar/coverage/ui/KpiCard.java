package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure with its label and an optional line under it; all set as text. */
class KpiCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    KpiCard(String cssClass, String label) {
        addClassNames("kpi-card", cssClass);
        var title = new Span(label);
        title.addClassName("kpi-label");
        value.addClassName("kpi-value");
        detail.addClassName("kpi-detail");
        add(title, value, detail);
    }

    void set(String value, String detail) {
        this.value.setText(value);
        this.detail.setText(detail == null ? "" : detail);
        this.detail.setVisible(detail != null && !detail.isEmpty());
    }

    String valueText() {
        return value.getText();
    }
}
