package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;

/**
 * The rules on a site's typed fields, one check per field: {@link SiteService} applies them to every draft (form and
 * GeoJSON import alike) and the site form binds each to its field (decision 033), so both refuse with the same words.
 * The point, the outline and the village are the service's.
 */
public final class SiteRules {

    public static final int NAME_MAX = Site.NAME_MAX;
    public static final int COMMODITY_MAX = Site.COMMODITY_MAX;
    public static final int OPERATOR_MAX = Site.OPERATOR_MAX;
    public static final int CONTACT_MAX = Site.CONTACT_MAX;
    public static final int WORKERS_MAX = 1_000_000;

    private SiteRules() {
    }

    public static void name(String name) {
        if (name == null || name.isBlank() || CleanText.oneLine(name).length() > NAME_MAX) {
            throw new RuleViolation("site.error.name", NAME_MAX);
        }
    }

    public static void type(SiteType type) {
        if (type == null) {
            throw new RuleViolation("site.error.type");
        }
    }

    public static void commodity(String commodity) {
        text(commodity, COMMODITY_MAX);
    }

    public static void operator(String operator) {
        text(operator, OPERATOR_MAX);
    }

    public static void contact(String contact) {
        text(contact, CONTACT_MAX);
    }

    /** The estimate of workers is optional. */
    public static void workers(Integer estimatedWorkers) {
        if (estimatedWorkers != null && (estimatedWorkers < 0 || estimatedWorkers > WORKERS_MAX)) {
            throw new RuleViolation("site.error.workers", WORKERS_MAX);
        }
    }

    private static void text(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolation("site.error.text-length");
        }
    }
}
