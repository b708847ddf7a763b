package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The refusals of the administrator's partner and MoU forms; returns the drafts stripped, ready to store. */
@Component
class DraftRules {

    /** More workers than a province's informal workforce is a typing error, not a MoU. */
    static final int QUOTA_MAX = 10_000_000;
    /** Rp 100 trillion: above any regional budget. */
    static final long BUDGET_MAX = 100_000_000_000_000L;

    private final PartnerAreas areas;

    DraftRules(PartnerAreas areas) {
        this.areas = areas;
    }

    PartnerDraft partner(PartnerDraft d) {
        if (d.kind() == null) {
            throw new RuleViolation("partner.error.kind");
        }
        String name = required(d.name(), Partner.NAME_MAX, "partner.error.name");
        String area = null;
        if (d.kind() == PartnerKind.MUNICIPALITY) {
            area = strip(d.areaCode());
            AreaLevel level = area == null ? null : areas.find(area).map(AreaOption::level).orElse(null);
            if (level != AreaLevel.PROVINCE && level != AreaLevel.REGENCY) {
                throw new RuleViolation("partner.error.area", area == null ? "" : area);
            }
        }
        String contactName = optional(d.contactName(), Partner.CONTACT_NAME_MAX, "partner.error.contact-name");
        String phone = optional(d.contactPhone(), Partner.PHONE_MAX, "partner.error.contact-phone");
        if (phone != null && !phone.matches("[+0-9 ()-]+")) {
            throw new RuleViolation("partner.error.contact-phone", Partner.PHONE_MAX);
        }
        String email = optional(d.contactEmail(), Partner.EMAIL_MAX, "partner.error.contact-email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation("partner.error.contact-email", Partner.EMAIL_MAX);
        }
        return new PartnerDraft(d.kind(), name, area, contactName, phone, email);
    }

    /** A municipality's MoUs stay inside the area it governs; a company's may lie anywhere. */
    MouDraft mou(MouDraft d, Partner partner) {
        String number = required(d.number(), Mou.NUMBER_MAX, "mou.error.number");
        String title = required(d.title(), Mou.TITLE_MAX, "mou.error.title");
        if (d.startsOn() == null || d.endsOn() == null) {
            throw new RuleViolation("mou.error.period-missing");
        }
        if (d.endsOn().isBefore(d.startsOn())) {
            throw new RuleViolation("mou.error.period");
        }
        if (d.quota() == null || d.quota() < 1 || d.quota() > QUOTA_MAX) {
            throw new RuleViolation("mou.error.quota", QUOTA_MAX);
        }
        if (d.budget() != null && (d.budget() < 1 || d.budget() > BUDGET_MAX)) {
            throw new RuleViolation("mou.error.budget");
        }
        Set<String> codes = new LinkedHashSet<>();
        if (d.areaCodes() != null) {
            d.areaCodes().stream().map(DraftRules::strip).filter(c -> c != null).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            throw new RuleViolation("mou.error.no-area");
        }
        Map<String, AreaOption> known = areas.existing(codes);
        List<String> unknown = codes.stream().filter(c -> !known.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("mou.error.unknown-area", String.join(", ", unknown));
        }
        List<String> outside = outside(partner, codes);
        if (!outside.isEmpty()) {
            throw new RuleViolation("mou.error.area-outside-partner", String.join(", ", outside), partner.getAreaCode());
        }
        return new MouDraft(number, title, d.startsOn(), d.endsOn(), d.quota(), d.budget(), codes);
    }

    /** The MoU areas that lie outside a municipality's own area (none for a company). */
    List<String> outside(Partner partner, Set<String> mouAreas) {
        if (partner.getKind() != PartnerKind.MUNICIPALITY) {
            return List.of();
        }
        return mouAreas.stream().filter(c -> !AreaPrefixes.inside(c, partner.getAreaCode())).sorted().toList();
    }

    private static String required(String value, int max, String key) {
        String clean = strip(value);
        if (clean == null || clean.length() > max) {
            throw new RuleViolation(key, max);
        }
        return clean;
    }

    private static String optional(String value, int max, String key) {
        String clean = strip(value);
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(key, max);
        }
        return clean;
    }

    private static String strip(String value) {
        return CleanText.oneLineOrNull(value);
    }
}
