package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.HasComponents;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.site.SiteView;
import org.springframework.modulith.NamedInterface;

/**
 * What a site is, as its page and the home map's panel tell it: type, commodity, operator, workers, contact, village.
 * <p>Declared in site's named interface {@code ui}: the home map's panel shows it (docs/architecture.md).
 */
@NamedInterface("ui")
public final class SiteFacts {

    private SiteFacts() {
    }

    public static void add(HasComponents target, SiteView s) {
        String label = "site.type." + s.type().name();
        Fact.add(target, "site.type", target.getElement().getComponent().orElseThrow().getTranslation(label));
        Fact.add(target, "site.commodity", s.commodity());
        Fact.add(target, "site.operator", s.operator());
        Fact.add(target, "site.workers", s.estimatedWorkers() == null ? null : s.estimatedWorkers().toString());
        Fact.add(target, "site.contact", s.contact());
        Fact.add(target, "site.village", s.villageName() + " (" + s.villageCode() + ")");
    }
}
