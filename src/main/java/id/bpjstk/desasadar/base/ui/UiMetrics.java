package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How much server-side state this node holds (issue 14, item 9): the open Vaadin UIs (one per browser tab, each with
 * its component tree in memory) as {@code desasadar.vaadin.uis} and the Vaadin sessions as
 * {@code desasadar.vaadin.sessions}. A UI counts from its creation until it is detached: its tab closed, or its
 * session ended.
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();

    UiMetrics(MeterRegistry meters) {
        Gauge.builder("desasadar.vaadin.uis", uis, AtomicInteger::get).description("Open Vaadin UIs on this node").register(meters);
        Gauge.builder("desasadar.vaadin.sessions", sessions, AtomicInteger::get).description("Vaadin sessions on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(d -> uis.decrementAndGet());
        });
    }
}
