package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.partner.Funding;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A worker as the grid, the detail page and exports show them. For a partner, {@code nik}, {@code phone} and
 * {@code kpj} are masked and {@code birthDate} is null ({@link PartnerMask}); {@code birthYear} is always set.
 *
 * @param active       whether the worker is active this month (paid for one of the last three months)
 * @param statusSince  the month the current status began
 */
public record WorkerView(long id, String nik, String fullName, Sex sex, LocalDate birthDate, Integer birthYear,
                         String phone,
                         Occupation occupation, String villageCode, String villageName, VillageRole villageRole, Long siteId,
                         boolean jht, long incomeBand, Funding funding, Long mouId, LocalDate enrolledOn, Long eventId,
                         Long agentId, String kpj, YearMonth paidThrough, boolean active, YearMonth statusSince,
                         long version, boolean editable) {
}
