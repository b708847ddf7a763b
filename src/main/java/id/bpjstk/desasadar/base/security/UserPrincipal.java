package id.bpjstk.desasadar.base.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the session knows of the signed-in user: immutable, so it is safe to keep in the session. The security stamp
 * tells whether it is still current: {@link SecurityStampFilter} replaces it on the first request after a change.
 */
public record UserPrincipal(long id, String username, String fullName, String passwordHash, Role role,
                            AreaScope scope, boolean enabled, long securityStamp,
                            boolean mustChangePassword) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
