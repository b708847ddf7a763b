package id.bpjstk.desasadar.partner;

/** A municipality funds from its budget for the area it governs; a company funds from CSR anywhere. */
public enum PartnerKind {
    MUNICIPALITY(FundingKind.APBD), COMPANY(FundingKind.CSR);

    private final FundingKind funding;

    PartnerKind(FundingKind funding) {
        this.funding = funding;
    }

    public FundingKind funding() {
        return funding;
    }
}
