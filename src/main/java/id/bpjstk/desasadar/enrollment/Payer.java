package id.bpjstk.desasadar.enrollment;

/** Who paid a month: the worker, the partner MoU that funds them, or the Perisai agent who collected it. */
public enum Payer {
    WORKER, MOU, AGENT;

    public String messageKey() {
        return "payer." + name();
    }
}
