package id.bpjstk.desasadar.partner;

/** What the administrator types for a partner; {@code areaCode} only for a municipality. */
public record PartnerDraft(PartnerKind kind, String name, String areaCode, String contactName, String contactPhone,
                           String contactEmail) {
}
