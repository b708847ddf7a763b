package id.bpjstk.desasadar.territory;

import java.time.LocalDate;
import java.util.List;

/** Everything the village detail page shows; {@code version} guards the next save. */
public record VillageProfileView(VillageDetails village, String branchOffice, Integer potential, String notes,
                                 DesignationStatus status,
                                 LocalDate statusDate, String decreeNumber, String revokeReason, long version,
                                 List<DesignationCheck> checks, List<ProfileChange> history, boolean editable) {

    /** The version of a profile nobody has saved yet; the first save must be based on it. */
    public static final long UNSAVED = -1;
}
