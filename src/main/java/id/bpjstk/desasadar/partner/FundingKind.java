package id.bpjstk.desasadar.partner;

/** Who pays a subsidized worker's contributions: a regional budget (APBD) or a company's CSR programme. */
public enum FundingKind {
    APBD, CSR
}
