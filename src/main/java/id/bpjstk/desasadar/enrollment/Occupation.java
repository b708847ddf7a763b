package id.bpjstk.desasadar.enrollment;

/** The informal-sector occupations the outreach counts (labels: {@link #messageKey()}). */
public enum Occupation {
    PETANI, PEKEBUN, NELAYAN, PEDAGANG_PASAR, PEDAGANG_KELILING, JURU_PARKIR, OJEK, INDUSTRI_RUMAHAN, LAINNYA;

    /** The longest name, for the column that stores it. */
    public static final int NAME_MAX = 17;

    public String messageKey() {
        return "occupation." + name();
    }
}
