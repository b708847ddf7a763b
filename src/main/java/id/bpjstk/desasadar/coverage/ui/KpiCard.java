package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.html.Div;

/**
 * One figure with its label and an optional line under it. The card is one element whose content is set as one
 * escaped {@code innerHTML} text: seven cards of three spans each were 21 more state nodes kept in every session
 * (issue 14 bounds the heap per signed-in user).
 */
class KpiCard extends Div {

    private final String label;
    private String value = "";
    private String detail;

    KpiCard(String cssClass, String label) {
        addClassNames("kpi-card", cssClass);
        this.label = label;
        set("", null);
    }

    void set(String value, String detail) {
        this.value = value;
        this.detail = detail == null || detail.isEmpty() ? null : detail;
        var html = new StringBuilder("<span class=\"kpi-label\">").append(escape(label)).append("</span><span class=\"kpi-value\">")
                .append(escape(value)).append("</span>");
        if (this.detail != null) {
            html.append("<span class=\"kpi-detail\">").append(escape(this.detail)).append("</span>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    String valueText() {
        return value;
    }

    /** Label, value and detail as a user reads them. */
    String text() {
        return detail == null ? label + " " + value : label + " " + value + " " + detail;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
