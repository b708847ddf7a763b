package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators create, edit, disable and re-enable users and reset their passwords (issue 12, item 7). An
 * administrator may give no scope wider than their own; the last enabled administrator cannot be disabled or demoted.
 * Every change that alters what the user may do raises their security stamp, so it applies on their next request.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because of the checks of a user draft (role, scope no
 * wider than the administrator's, office or partner), which every command applies; the users grid is one query.
 */
@Service
public class UserAdministration {

    public static final int USERNAME_MAX = UserRules.USERNAME_MAX;
    public static final int FULL_NAME_MAX = UserRules.FULL_NAME_MAX;

    private final AppUserRepository users;
    private final EntityManager em;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SecurityStamps stamps;
    private final CurrentUser currentUser;
    private final AreaCodes areaCodes;
    private final java.util.Optional<OfficeScopes> officeScopes;
    private final TransactionTemplate tx;
    private final SignInThrottle throttle;

    UserAdministration(AppUserRepository users, EntityManager em, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                       SecurityStamps stamps, CurrentUser currentUser, AreaCodes areaCodes,
                       java.util.Optional<OfficeScopes> officeScopes, TransactionTemplate tx, SignInThrottle throttle) {
        this.users = users;
        this.em = em;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.stamps = stamps;
        this.currentUser = currentUser;
        this.areaCodes = areaCodes;
        this.officeScopes = officeScopes;
        this.tx = tx;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    public List<UserRow> find(UserFilter filter, int offset, int limit) {
        requireAdmin();
        var args = new java.util.HashMap<String, Object>();
        var query = em.createQuery("select u from AppUser u where 1 = 1" + where(filter, args) + " order by u.username", AppUser.class);
        args.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(UserAdministration::row).toList();
    }

    @Transactional(readOnly = true)
    public int count(UserFilter filter) {
        requireAdmin();
        var args = new java.util.HashMap<String, Object>();
        var query = em.createQuery("select count(u) from AppUser u where 1 = 1" + where(filter, args), Long.class);
        args.forEach(query::setParameter);
        return Math.toIntExact(query.getSingleResult());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserRow> findByUsername(String username) {
        requireAdmin();
        return users.findByUsername(username).map(UserAdministration::row);
    }

    private static String where(UserFilter f, Map<String, Object> args) {
        var sql = new StringBuilder();
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (lower(u.username) like :text or lower(u.fullName) like :text)");
            args.put("text", SqlLike.containing(f.text().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.role() != null) {
            sql.append(" and u.role = :role");
            args.put("role", f.role());
        }
        if (f.enabled() != null) {
            sql.append(" and u.enabled = :enabled");
            args.put("enabled", f.enabled());
        }
        return sql.toString();
    }

    /** Creates the user with a one-time password, which they must change at their first sign-in. */
    public IssuedPassword create(UserDraft draft) {
        requireAdmin();
        String username = UserRules.username(draft.username());
        Checked c = check(draft);
        String oneTime = policy.oneTimePassword();
        try {
            return tx.execute(status -> {
                if (users.findByUsername(username).isPresent()) {
                    throw new RuleViolation("user.error.duplicate", username);
                }
                var user = new AppUser(username, c.fullName, passwordEncoder.encode(oneTime), c.role, c.scope);
                user.update(c.fullName, c.role, c.scope, c.officeId, c.partnerId, c.locale);
                user.requireNewPassword();
                return new IssuedPassword(row(users.saveAndFlush(user)), oneTime);
            });
        } catch (DataIntegrityViolationException e) {
            throw refusal(e, username);
        }
    }

    /** Changes the user's name, role, scope, office, partner and language; refuses a stale version. */
    public UserRow update(long id, UserDraft draft, long expectedVersion) {
        requireAdmin();
        Checked c = check(draft);
        return write(id, expectedVersion, user -> {
            if (user.getRole() == Role.ADMIN && c.role != Role.ADMIN && user.isEnabled()) {
                requireAnotherAdministrator(user);
            }
            user.update(c.fullName, c.role, c.scope, c.officeId, c.partnerId, c.locale);
        });
    }

    /** Disables (their open sessions end at their next request) or re-enables the user. */
    public UserRow setEnabled(long id, boolean enabled, long expectedVersion) {
        requireAdmin();
        return write(id, expectedVersion, user -> {
            if (!enabled && user.isEnabled()) {
                if (currentUser.get().map(p -> p.id() == id).orElse(false)) {
                    throw new RuleViolation("user.error.disable-self");
                }
                if (user.getRole() == Role.ADMIN) {
                    requireAnotherAdministrator(user);
                }
            }
            user.setEnabled(enabled);
        });
    }

    /** Gives the user a new one-time password; their sessions are refreshed and must change it first. */
    public IssuedPassword resetPassword(long id, long expectedVersion) {
        requireAdmin();
        String oneTime = policy.oneTimePassword();
        String hash = passwordEncoder.encode(oneTime);
        return new IssuedPassword(write(id, expectedVersion, user -> user.changePassword(hash, true)), oneTime);
    }

    /** Until when the user must wait before signing in again, after too many failed sign-ins (decision 019). */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> signInLockedUntil(long id) {
        requireAdmin();
        return users.findById(id).flatMap(u -> throttle.lockedUntil(u.getUsername()));
    }

    /** Lets the user sign in again at once: their count of failed sign-ins and their wait are cleared (decision 019). */
    @Transactional
    public void unlockSignIn(long id) {
        requireAdmin();
        AppUser user = users.findById(id).orElseThrow(() -> new RuleViolation("user.error.conflict"));
        throttle.forget(user.getUsername());
    }

    private UserRow write(long id, long expectedVersion, java.util.function.Consumer<AppUser> change) {
        try {
            return VersionedEdit.saving("user.error.conflict", () -> tx.execute(status -> {
                AppUser user = VersionedEdit.current(users.findById(id), "user.error.conflict", AppUser::getVersion, expectedVersion,
                        "user.error.conflict");
                change.accept(user);
                stamps.invalidateAfterCommit(id);
                return row(users.saveAndFlush(user));
            }));
        } catch (DataIntegrityViolationException e) {
            throw refusal(e, null);
        }
    }

    private void requireAnotherAdministrator(AppUser user) {
        if (users.lockEnabledAdministrators().stream().noneMatch(a -> !a.equals(user))) {
            throw new RuleViolation("user.error.last-admin");
        }
    }

    private record Checked(String fullName, Role role, Set<String> scope, Long officeId, Long partnerId, String locale) {
    }

    /** The draft's rules, checked before anything is written. */
    private Checked check(UserDraft d) {
        String fullName = UserRules.fullName(d.fullName());
        UserRules.role(d.role());
        String locale = UserRules.language(d.locale());
        Set<String> scope = new LinkedHashSet<>();
        if (d.scopeCodes() != null) {
            d.scopeCodes().stream().filter(java.util.Objects::nonNull).map(String::strip).forEach(scope::add);
        }
        AreaScope mine = currentUser.scope();
        List<String> unknown = new ArrayList<>();
        List<String> wider = new ArrayList<>();
        for (String code : scope) {
            if (code.equals(AreaScope.NATIONAL)) {
                if (!mine.isNational()) {
                    wider.add("nasional");
                }
            } else if (!areaCodes.isOfficial(code)) {
                unknown.add(code);
            } else if (!mine.includes(code)) {
                wider.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation("user.error.unknown-area", String.join(", ", unknown));
        }
        if (!wider.isEmpty()) {
            throw new RuleViolation("user.error.wider-scope", String.join(", ", wider));
        }
        if (d.officeId() != null) {
            List<String> officeAreas = officeScopes.map(o -> o.areasOf(d.officeId())).orElse(List.of());
            if (officeAreas.isEmpty()) {
                throw new RuleViolation("user.error.unknown-office");
            }
            // an office gives its areas only to a user without codes of their own, but it must be within reach all the same
            List<String> outside = officeAreas.stream().filter(a -> !mine.includes(a)).toList();
            if (!outside.isEmpty()) {
                throw new RuleViolation("user.error.wider-scope", String.join(", ", outside));
            }
        }
        if (scope.isEmpty() && d.officeId() == null) {
            throw new RuleViolation("user.error.no-scope");
        }
        UserRules.partnerChosen(d.role(), d.partnerId());
        Long partnerId = d.role() == Role.PARTNER ? d.partnerId() : null;
        return new Checked(fullName, d.role(), scope, d.officeId(), partnerId, locale);
    }

    private static RuntimeException refusal(DataIntegrityViolationException e, String username) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        if (cause.contains("uq_app_user_username") && username != null) {
            return new RuleViolation("user.error.duplicate", username);
        }
        if (cause.contains("fk_user_partner")) {
            return new RuleViolation("user.error.unknown-partner");
        }
        if (cause.contains("fk_user_office")) {
            return new RuleViolation("user.error.unknown-office");
        }
        return e;
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator manages users");
        }
    }

    static UserRow row(AppUser u) {
        return new UserRow(u.getId(), u.getUsername(), u.getFullName(), u.getRole(), u.getScopeCodes().stream().sorted().toList(), u.getOfficeId(),
                u.getPartnerId(), u.getLocale(), u.isEnabled(), u.isMustChangePassword(), u.getLastSignInAt(), u.getVersion());
    }
}
