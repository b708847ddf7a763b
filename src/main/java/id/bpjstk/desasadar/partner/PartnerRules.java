package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The rules on the typed fields of a partner and of a MoU, one check per field, each returning the value cleaned as it
 * is stored: the service applies them to every draft ({@code DraftRules}) and the partner and MoU forms bind each to
 * its field (decision 033). Which areas exist and lie inside the partner's is the service's, with the area list.
 */
public final class PartnerRules {

    /** More workers than a province's informal workforce is a typing error, not a MoU. */
    public static final int QUOTA_MAX = 10_000_000;
    /** Rp 100 trillion: above any regional budget. */
    public static final long BUDGET_MAX = 100_000_000_000_000L;

    private PartnerRules() {
    }

    public static PartnerKind kind(PartnerKind kind) {
        if (kind == null) {
            throw new RuleViolation("partner.error.kind");
        }
        return kind;
    }

    public static String name(String name) {
        return required(name, Partner.NAME_MAX, "partner.error.name");
    }

    public static String contactName(String contactName) {
        return optional(contactName, Partner.CONTACT_NAME_MAX, "partner.error.contact-name");
    }

    public static String contactPhone(String contactPhone) {
        String phone = optional(contactPhone, Partner.PHONE_MAX, "partner.error.contact-phone");
        if (phone != null && !phone.matches("[+0-9 ()-]+")) {
            throw new RuleViolation("partner.error.contact-phone", Partner.PHONE_MAX);
        }
        return phone;
    }

    public static String contactEmail(String contactEmail) {
        String email = optional(contactEmail, Partner.EMAIL_MAX, "partner.error.contact-email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("partner.error.contact-email", Partner.EMAIL_MAX);
        }
        return email;
    }

    public static String mouNumber(String number) {
        return required(number, Mou.NUMBER_MAX, "mou.error.number");
    }

    public static String mouTitle(String title) {
        return required(title, Mou.TITLE_MAX, "mou.error.title");
    }

    /** Both ends given, the end not before the start. */
    public static void period(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null || endsOn == null) {
            throw new RuleViolation("mou.error.period-missing");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("mou.error.period");
        }
    }

    public static int quota(Integer quota) {
        if (quota == null || quota < 1 || quota > QUOTA_MAX) {
            throw new RuleViolation("mou.error.quota", QUOTA_MAX);
        }
        return quota;
    }

    /** The budget is optional. */
    public static Long budget(Long budget) {
        if (budget != null && (budget < 1 || budget > BUDGET_MAX)) {
            throw new RuleViolation("mou.error.budget");
        }
        return budget;
    }

    /** At least one area; whether each exists and may be the partner's is the service's. */
    public static void someArea(Collection<?> areas) {
        if (areas == null || areas.isEmpty()) {
            throw new RuleViolation("mou.error.no-area");
        }
    }

    private static String required(String value, int max, String key) {
        String clean = CleanText.oneLineOrNull(value);
        if (clean == null || clean.length() > max) {
            throw new RuleViolation(key, max);
        }
        return clean;
    }

    private static String optional(String value, int max, String key) {
        String clean = CleanText.oneLineOrNull(value);
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(key, max);
        }
        return clean;
    }
}
