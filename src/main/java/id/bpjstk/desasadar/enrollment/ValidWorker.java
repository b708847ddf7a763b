package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.partner.Funding;
import java.time.LocalDate;

/** A draft that passed every enrollment rule, with its values normalised (NIK parsed, phone as +62…). */
public record ValidWorker(Nik nik, String fullName, Sex sex, LocalDate birthDate, String phone, Occupation occupation,
                          String villageCode, VillageRole villageRole, Long siteId, boolean jht, long incomeBand,
                          Funding funding, Long mouId, LocalDate enrolledOn, Long eventId, Long agentId, String kpj) {
}
