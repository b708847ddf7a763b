package id.bpjstk.desasadar.territory;

import java.util.List;

/** An office as the administrator sees and edits it; {@code id} null and version -1 for a new one. */
public record OfficeView(Long id, String code, String name, OfficeKind kind, List<String> areaCodes, long version) {
    public static final long NEW = -1;
}
