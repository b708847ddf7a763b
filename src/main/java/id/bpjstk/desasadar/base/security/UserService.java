package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.error.RuleViolation;
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
    private final PasswordPolicy policy;
    private final SecurityStamps stamps;
    private final CurrentUser currentUser;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, java.util.Optional<OfficeScopes> officeScopes,
                PasswordPolicy policy, SecurityStamps stamps, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.officeScopes = officeScopes;
        this.policy = policy;
        this.stamps = stamps;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public UserPrincipal loadUserByUsername(String username) {
        return users.findByUsername(username).map(this::principal).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The user as they are now, for a session whose principal is out of date; empty when the user is gone. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserPrincipal> reload(long userId) {
        return users.findById(userId).map(this::principal);
    }

    UserPrincipal principal(AppUser u) {
        return new UserPrincipal(u.getId(), u.getUsername(), u.getFullName(), u.getPasswordHash(), u.getRole(), scopeOf(u),
                u.isEnabled(), u.getSecurityStamp(), u.isMustChangePassword());
    }

    /** The user's own scope codes; without any, those of their office (a coordinator's default). */
    AreaScope scopeOf(AppUser u) {
        if (!u.getScopeCodes().isEmpty() || u.getOfficeId() == null) {
            return new AreaScope(u.getScopeCodes().stream().toList());
        }
        return new AreaScope(officeScopes.map(o -> o.areasOf(u.getOfficeId())).orElse(java.util.List.of()));
    }

    /** Coordinators and administrators whose scope covers the area: who may be responsible for an event there. */
    @Transactional(readOnly = true)
    public java.util.List<UserPrincipal> officersCovering(String areaCode) {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && (u.getRole().editsFieldWork()))
                .map(u -> loadUserByUsername(u.getUsername()))
                .filter(p -> p.scope().includes(areaCode))
                .sorted(java.util.Comparator.comparing(UserPrincipal::fullName))
                .toList();
    }

    /** Puts the user in an office (null: none); their scope follows it when they have none of their own. */
    @Transactional
    public void assignOffice(String username, Long officeId) {
        users.findByUsername(username).ifPresent(u -> {
            u.setOfficeId(officeId);
            stamps.invalidateAfterCommit(u.getId());
        });
    }

    /** Links the user to a partner (null: none); the partner feature decides what a partner user may see. */
    @Transactional
    public void assignPartner(String username, Long partnerId) {
        users.findByUsername(username).ifPresent(u -> {
            u.setPartnerId(partnerId);
            stamps.invalidateAfterCommit(u.getId());
        });
    }

    /** The users of an office whose areas changed get them on their next request (their scope may follow it). */
    @org.springframework.context.event.EventListener
    @Transactional
    public void officeAreasChanged(OfficeAreasChanged changed) {
        for (AppUser u : users.findByOfficeId(changed.officeId())) {
            u.touchSecurity();
            stamps.invalidateAfterCommit(u.getId());
        }
    }

    /** Remembers each sign-in, so that the user can see when their account was last used. */
    @org.springframework.context.event.EventListener
    @Transactional
    public void signedIn(org.springframework.security.authentication.event.AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserPrincipal p) {
            users.recordSignIn(p.id(), java.time.Instant.now());
        }
    }

    /** The signed-in user's own account. */
    @Transactional(readOnly = true)
    public MyAccount myAccount() {
        UserPrincipal me = currentUser.get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
        AppUser u = users.findById(me.id()).orElseThrow();
        return new MyAccount(u.getUsername(), u.getFullName(), u.getRole(), scopeOf(u).codes(), u.getLocale(),
                u.getLastSignInAt(), u.getPreviousSignInAt(), u.isMustChangePassword());
    }

    /**
     * The signed-in user replaces their password: the current one must be given, the new one must meet the policy
     * and differ from the current and the last {@value AppUser#REMEMBERED_PASSWORDS}. Clears a one-time password.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        UserPrincipal me = currentUser.get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
        AppUser u = users.findById(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, u.getPasswordHash())) {
            throw new RuleViolation("password.error.current");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new RuleViolation("password.error.mismatch");
        }
        policy.check(newPassword, u.getUsername());
        for (String old : u.recentPasswordHashes()) {
            if (passwordEncoder.matches(newPassword, old)) {
                throw new RuleViolation("password.error.reused", AppUser.REMEMBERED_PASSWORDS + 1);
            }
        }
        u.changePassword(passwordEncoder.encode(newPassword), false);
        stamps.invalidateAfterCommit(u.getId());
        // this request goes on as the updated user (the next ones would be refreshed by the stamp check anyway)
        UserPrincipal updated = principal(u);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                updated, null, updated.getAuthorities()));
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
        if (!AppUserLanguages.SUPPORTED.contains(languageTag)) {
            throw new RuleViolation("user.error.language");
        }
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
