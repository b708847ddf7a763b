package id.bpjstk.desasadar.base.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart: a thin Java API over {@code frontend/chart-view.ts}. The chart travels as JSON data (never as
 * script), once per round trip in which it changed, and again whole when the component is attached anew.
 */
@Tag("dsjs-chart")
@JsModule("./chart-view.ts")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class ChartView extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private ChartSpec spec;
    private boolean scheduled;

    public ChartView() {
        setWidthFull();
        setHeight("240px");
    }

    public void setChart(ChartSpec spec) {
        this.spec = spec;
        schedule();
    }

    public ChartSpec getChart() {
        return spec;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        scheduled = false;
        schedule();
    }

    private void schedule() {
        if (scheduled || spec == null) {
            return;
        }
        getUI().ifPresent(ui -> {
            scheduled = true;
            ui.beforeClientResponse(this, ctx -> {
                scheduled = false;
                getElement().callJsFunction("applyState", toJson(spec));
            });
        });
    }

    static String toJson(ChartSpec spec) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", spec.type().name());
        node.put("title", spec.title());
        node.put("percent", spec.percent());
        ArrayNode labels = node.putArray("labels");
        spec.labels().forEach(labels::add);
        ArrayNode series = node.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode one = series.addObject();
            one.put("label", s.label());
            one.put("color", s.color());
            if (s.line()) {
                one.put("kind", "line");
            }
            one.put("dashed", s.dashed());
            ArrayNode data = one.putArray("data");
            s.values().forEach(v -> {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
        }
        return JSON.writeValueAsString(node);
    }
}
