package id.bpjstk.desasadar.enrollment;

/** What a tariff row sets: a declarable income band, a programme's rate or amount, or a discount. */
public enum TariffKind {
    /** A declarable monthly income, whole rupiah ({@link TariffRow#amount()}). */
    INCOME_BAND,
    /** JKK as a percentage of the band ({@link TariffRow#percent()}). */
    JKK_RATE,
    /** JKM as a fixed amount, whole rupiah. */
    JKM_AMOUNT,
    /** JHT as a percentage of the band. */
    JHT_RATE,
    /** A percentage off the contribution of some programmes ({@link TariffRow#programmes()}). */
    DISCOUNT;

    /** The longest name, for the column that stores it. */
    public static final int NAME_MAX = 11;

    public boolean hasAmount() {
        return this == INCOME_BAND || this == JKM_AMOUNT;
    }

    public String messageKey() {
        return "tariff.kind." + name();
    }
}
