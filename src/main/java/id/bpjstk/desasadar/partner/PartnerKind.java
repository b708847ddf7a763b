package id.bpjstk.desasadar.partner;

/** A municipality funds from its budget for the area it governs; a company funds from CSR anywhere. */
public enum PartnerKind {
    MUNICIPALITY(Funding.APBD), COMPANY(Funding.CSR);

    private final Funding funding;

    PartnerKind(Funding funding) {
        this.funding = funding;
    }

    /** The funding of the workers its MoUs pay for: never {@link Funding#SELF}. */
    public Funding funding() {
        return funding;
    }
}
