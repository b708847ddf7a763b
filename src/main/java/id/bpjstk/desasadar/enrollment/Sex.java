package id.bpjstk.desasadar.enrollment;

/** Sex as the NIK encodes it (women: day of birth + 40). */
public enum Sex {
    MALE, FEMALE;

    public String messageKey() {
        return "sex." + name();
    }
}
