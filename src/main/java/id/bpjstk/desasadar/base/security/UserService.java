package id.bpjstk.desasadar.base.security;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final java.util.Optional<OfficeScopes> officeScopes;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, java.util.Optional<OfficeScopes> officeScopes) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.officeScopes = officeScopes;
    }

    @Override
    @Transactional(readOnly = true)
    public UserPrincipal loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(u -> new UserPrincipal(u.getId(), u.getUsername(), u.getFullName(), u.getPasswordHash(),
                        u.getRole(), scopeOf(u), u.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The user's own scope codes; without any, those of their office (a coordinator's default). */
    private AreaScope scopeOf(AppUser u) {
        if (!u.getScopeCodes().isEmpty() || u.getOfficeId() == null) {
            return new AreaScope(u.getScopeCodes().stream().toList());
        }
        return new AreaScope(officeScopes.map(o -> o.areasOf(u.getOfficeId())).orElse(java.util.List.of()));
    }

    /** Coordinators and administrators whose scope covers the area: who may be responsible for an event there. */
    @Transactional(readOnly = true)
    public java.util.List<UserPrincipal> officersCovering(String areaCode) {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && (u.getRole() == Role.COORDINATOR || u.getRole() == Role.ADMIN))
                .map(u -> loadUserByUsername(u.getUsername()))
                .filter(p -> p.scope().includes(areaCode))
                .sorted(java.util.Comparator.comparing(UserPrincipal::fullName))
                .toList();
    }

    /** Puts the user in an office (null: none); their scope follows it when they have none of their own. */
    @Transactional
    public void assignOffice(String username, Long officeId) {
        users.findByUsername(username).ifPresent(u -> u.setOfficeId(officeId));
    }

    /** Links the user to a partner (null: none); the partner feature decides what a partner user may see. */
    @Transactional
    public void assignPartner(String username, Long partnerId) {
        users.findByUsername(username).ifPresent(u -> u.setPartnerId(partnerId));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> partnerIdOf(long userId) {
        return users.findById(userId).map(AppUser::getPartnerId);
    }

    /** Creates the user unless one with this name exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String fullName, String rawPassword, Role role, Set<String> scope) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        users.save(new AppUser(username, fullName, passwordEncoder.encode(rawPassword), role, scope));
        return true;
    }

    @Transactional(readOnly = true)
    public String preferredLocale(long userId) {
        return users.findById(userId).map(AppUser::getLocale).orElse("id");
    }

    @Transactional
    public void rememberLocale(long userId, String languageTag) {
        users.findById(userId).ifPresent(u -> u.setLocale(languageTag));
    }

    /**
     * Runs set-up work (demo data) as the named user, as if they were signed in, so that it passes the same scope and
     * role checks as a user's own work. The previous sign-in, if any, is restored afterwards.
     */
    public void runAs(String username, Runnable work) {
        UserPrincipal user = loadUserByUsername(username);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
