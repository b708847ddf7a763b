package id.bpjstk.desasadar.enrollment;

import java.time.LocalDate;

/**
 * The one rule for what a partner sees of a worker's identifiers (docs/architecture.md, Access; decision 014). Every
 * surface a partner reaches (grid, worker page, exports, payments, and any later one) takes its values from here,
 * through {@link WorkerScope}.
 *
 * <p>Why these choices. A NIK is {@code PPKKCC DDMMYY NNNN}. A partner sees the worker's village (so {@code PPKKCC}, at
 * worst), the sex (so whether {@code DD} has the +40), and the birth year (so {@code YY}). What is left unknown is the
 * day and month of birth (at most 366 values, as few as one for a worker enrolled on the first day they were
 * {@value Nik#MIN_AGE}) and the serial (9,999 values). Showing even one serial digit would let the count of NIKs
 * consistent with a partner's view fall to 999 for such a worker, so <b>no digit of the NIK is shown</b>: the count
 * is then at least 9,999 for every worker (derived in {@code PartnerMaskDerivationTest}). A partner recognises a
 * worker by name and village, and confirms a NIK it holds by the audited look-up ({@link WorkerService#lookup}).
 *
 * <p>Birth year, not age: an age shown today and again tomorrow tells the day it changes, which is the birthday; a
 * birth year stays the same however often it is read. Phone and KPJ numbers keep their last {@value #KEPT_DIGITS}
 * digits so that a partner's officer can check one with the worker ("your number ending 789?") without holding it.
 */
public final class PartnerMask {

    /** How a hidden digit reads. */
    public static final String HIDDEN = "•";
    /** Digits of a phone or KPJ number left visible, at the end. */
    public static final int KEPT_DIGITS = 3;

    private PartnerMask() {
    }

    /** Sixteen bullets: nothing of the NIK (see the class comment for why not even the serial). */
    public static String nik(String nik) {
        return nik == null ? null : HIDDEN.repeat(Nik.LENGTH);
    }

    /** {@code +62•••••••••789}: the country code and the last {@value #KEPT_DIGITS} digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String prefix = phone.startsWith("+62") ? "+62" : "";
        return prefix + keepLast(phone.substring(prefix.length()));
    }

    /** {@code ••••••••123}: the last {@value #KEPT_DIGITS} digits of the membership number. */
    public static String kpj(String kpj) {
        return kpj == null ? null : keepLast(kpj);
    }

    /** The year of birth, the only part of the birth date a partner sees. */
    public static Integer birthYear(LocalDate birthDate) {
        return birthDate == null ? null : birthDate.getYear();
    }

    private static String keepLast(String digits) {
        int hidden = Math.max(0, digits.length() - KEPT_DIGITS);
        return HIDDEN.repeat(hidden) + digits.substring(hidden);
    }
}
