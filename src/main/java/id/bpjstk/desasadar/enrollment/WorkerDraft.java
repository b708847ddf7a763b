package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.partner.Funding;
import java.time.LocalDate;

/**
 * What a form or an import row says about a worker, as typed. Sex and birth date may be left null: they are then
 * taken from the NIK; when given they must agree with it.
 */
public record WorkerDraft(String nik, String fullName, Sex sex, LocalDate birthDate, String phone, Occupation occupation,
                          String villageCode, VillageRole villageRole, Long siteId, boolean jht, long incomeBand,
                          Funding funding, Long mouId, LocalDate enrolledOn, Long eventId, Long agentId, String kpj) {
}
