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

    static final int QUOTA_MAX = PartnerRules.QUOTA_MAX;

    private final PartnerAreas areas;

    DraftRules(PartnerAreas areas) {
        this.areas = areas;
    }

    PartnerDraft partner(PartnerDraft d) {
        PartnerRules.kind(d.kind());
        String name = PartnerRules.name(d.name());
        String area = null;
        if (d.kind() == PartnerKind.MUNICIPALITY) {
            area = strip(d.areaCode());
            AreaLevel level = area == null ? null : areas.find(area).map(AreaOption::level).orElse(null);
            if (level != AreaLevel.PROVINCE && level != AreaLevel.REGENCY) {
                throw new RuleViolation("partner.error.area", area == null ? "" : area);
            }
        }
        return new PartnerDraft(d.kind(), name, area, PartnerRules.contactName(d.contactName()),
                PartnerRules.contactPhone(d.contactPhone()), PartnerRules.contactEmail(d.contactEmail()));
    }

    /** A municipality's MoUs stay inside the area it governs; a company's may lie anywhere. */
    MouDraft mou(MouDraft d, Partner partner) {
        String number = PartnerRules.mouNumber(d.number());
        String title = PartnerRules.mouTitle(d.title());
        PartnerRules.period(d.startsOn(), d.endsOn());
        PartnerRules.quota(d.quota());
        PartnerRules.budget(d.budget());
        Set<String> codes = new LinkedHashSet<>();
        if (d.areaCodes() != null) {
            d.areaCodes().stream().map(DraftRules::strip).filter(c -> c != null).forEach(codes::add);
        }
        PartnerRules.someArea(codes);
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

    private static String strip(String value) {
        return CleanText.oneLineOrNull(value);
    }
}
