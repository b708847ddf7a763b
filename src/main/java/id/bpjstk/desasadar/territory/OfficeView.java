package id.bpjstk.desasadar.territory;

import java.util.List;

/**
 * An office as the administrator sees and edits it; {@code id} null and version -1 for a new one. {@code lat} and
 * {@code lng} are null while its location is not recorded.
 */
public record OfficeView(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, Double lat, Double lng,
                         long version) {
    public static final long NEW = -1;

    public boolean located() {
        return lat != null && lng != null;
    }
}
