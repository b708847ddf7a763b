package id.bpjstk.desasadar.partner;

/**
 * Who pays a worker's contributions: the worker, a regional budget through an MoU (APBD), or a company's CSR MoU.
 * One enum for the worker's funding and the funding a partner's MoUs give (a municipality APBD, a company CSR): it
 * lives here, below enrollment, so both compare the same constants. {@link MouFunding} holds the rule between them.
 */
public enum Funding {
    SELF, APBD, CSR;

    public String messageKey() {
        return "funding." + name();
    }

    /** Whether a worker so funded is paid for under an MoU (APBD, CSR) rather than by themselves. */
    public boolean needsMou() {
        return this != SELF;
    }
}
