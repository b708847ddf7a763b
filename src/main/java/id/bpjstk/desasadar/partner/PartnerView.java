package id.bpjstk.desasadar.partner;

/** A partner as readers see it; {@code area} is null for a company. Version -1 ({@link #NEW}) for a new one. */
public record PartnerView(long id, PartnerKind kind, String name, AreaOption area, String contactName, String contactPhone,
                          String contactEmail, long version) {

    public static final long NEW = -1;

    public Funding funding() {
        return kind.funding();
    }
}
