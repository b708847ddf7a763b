package id.bpjstk.desasadar.partner;

import java.time.LocalDate;
import java.util.Collection;

/** What the administrator types for a MoU; {@code budget} in rupiah, optional. */
public record MouDraft(String number, String title, LocalDate startsOn, LocalDate endsOn, Integer quota, Long budget,
                       Collection<String> areaCodes) {
}
