package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the village page contributed by another feature (events, enrollment), so that the page
 * shows them without territory depending on those features. Implementations are Spring beans.
 * <p>Declared in territory's named interface {@code ui}: other features' views implement it (docs/architecture.md).
 */
@NamedInterface("ui")
public interface VillageSection {

    /** Sections are shown in this order, after the village's own. */
    int order();

    /** The section for a village the caller may see. */
    Component create(String villageCode);
}
