package id.bpjstk.desasadar.base.security;

import java.util.List;

/**
 * What an administrator enters for a user. Scope: area codes ({@code ""} is national) or, with none, an office whose
 * areas the user follows. {@code partnerId} is for PARTNER users only. {@code username} is ignored on an update.
 */
public record UserDraft(String username, String fullName, Role role, List<String> scopeCodes, Long officeId, Long partnerId,
                        String locale) {
}
