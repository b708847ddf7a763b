package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.enrollment.Payer;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One record of a contribution import, converted but not yet checked against the worker and the tariffs.
 *
 * @param amount null: the tariff amount was paid
 */
record ContributionLine(String nik, YearMonth month, Long amount, LocalDate paidOn, Payer payer, String reason) {
}
