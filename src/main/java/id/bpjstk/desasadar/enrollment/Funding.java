package id.bpjstk.desasadar.enrollment;

/** Who pays a worker's contributions: the worker, a regional budget through an MoU (APBD), or a company's CSR MoU. */
public enum Funding {
    SELF, APBD, CSR;

    public String messageKey() {
        return "funding." + name();
    }
}
