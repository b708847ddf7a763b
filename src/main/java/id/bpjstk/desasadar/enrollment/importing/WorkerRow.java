package id.bpjstk.desasadar.enrollment.importing;

import java.time.LocalDate;

/**
 * A worker ready to be stored: the columns of table {@code worker} that an import supplies, already
 * converted and validated. Occupation and funding are the enum names as text (PETANI…, SELF/APBD/CSR)
 * so this record does not wait for the enrollment feature's enums.
 */
public record WorkerRow(String nik, String fullName, String sex, LocalDate birthDate, String phone, String occupation,
                        String villageCode, String villageRole, Long siteId, boolean jht, int incomeBand, String funding, Long mouId,
                        LocalDate enrolledOn, Long eventId, Long agentId, String kpj, LocalDate paidThrough,
                        LocalDate activeFrom) {
}
