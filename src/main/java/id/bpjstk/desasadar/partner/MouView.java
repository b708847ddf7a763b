package id.bpjstk.desasadar.partner;

import java.time.LocalDate;
import java.util.List;

/** A MoU with its partner, covered areas and how much of its quota is taken; version -1 ({@link #NEW}) for a new one. */
public record MouView(long id, long partnerId, String partnerName, PartnerKind partnerKind, String number, String title,
                      LocalDate startsOn, LocalDate endsOn, int quota, Long budget, List<AreaOption> areas, long enrolled,
                      long version) {

    public static final long NEW = -1;

    public MouView {
        areas = List.copyOf(areas);
    }

    public Funding funding() {
        return partnerKind.funding();
    }

    public List<String> areaCodes() {
        return areas.stream().map(AreaOption::code).toList();
    }

    public long remaining() {
        return Math.max(0, quota - enrolled);
    }

    public boolean runsOn(LocalDate date) {
        return date != null && !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /** Whether the area (a village, usually) lies inside one of the MoU's areas. */
    public boolean covers(String areaCode) {
        return areaCode != null && areas.stream().anyMatch(a -> AreaPrefixes.inside(areaCode, a.code()));
    }
}
