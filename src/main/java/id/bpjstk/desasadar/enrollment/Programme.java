package id.bpjstk.desasadar.enrollment;

/** The BPU programmes: work accident (JKK), death (JKM), old-age savings (JHT, optional). */
public enum Programme {
    JKK, JKM, JHT;

    public String messageKey() {
        return "programme." + name();
    }
}
