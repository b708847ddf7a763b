package id.bpjstk.desasadar.territory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Progress toward Desa Sadar Jaminan Sosial: candidate → in progress → designated (date, decree), and
 * a designated village may be revoked (date, reason). A revoked village can start again.
 */
public enum DesignationStatus {
    CANDIDATE, IN_PROGRESS, DESIGNATED, REVOKED;

    public Set<DesignationStatus> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(DESIGNATED, CANDIDATE);
            case DESIGNATED -> EnumSet.of(REVOKED);
            case REVOKED -> EnumSet.of(IN_PROGRESS);
        };
    }
}
