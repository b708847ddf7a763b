package id.bpjstk.desasadar.base.security;

import java.util.List;

/**
 * The areas an office covers, for users whose scope comes from their office. Implemented by the
 * feature that owns offices; the shared kernel only asks.
 */
public interface OfficeScopes {
    List<String> areasOf(long officeId);
}
