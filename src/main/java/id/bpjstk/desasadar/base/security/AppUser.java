package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.db.AuditedAs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@AuditedAs(value = "user", ignore = {"lastSignInAt", "previousSignInAt", "securityStamp"},
        secret = {"passwordHash", "previousPasswordHashes"})
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 100;
    /** Previous passwords kept (as hashes) so that a change cannot go back to one of them. */
    static final int REMEMBERED_PASSWORDS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String locale = "id";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "office_id")
    private Long officeId;

    /** The partner a PARTNER user belongs to; the partner feature owns what it means. */
    @Column(name = "partner_id")
    private Long partnerId;

    @Version
    private long version;

    /** Raised by every change that alters what the user may do; sessions holding an older one are refreshed. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The hashes of the last {@link #REMEMBERED_PASSWORDS} passwords before the current one, space-separated. */
    @Column(name = "previous_password_hashes")
    private String previousPasswordHashes;

    @Column(name = "last_sign_in_at")
    private java.time.Instant lastSignInAt;

    @Column(name = "previous_sign_in_at")
    private java.time.Instant previousSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_scope", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "area_code")
    private Set<String> scopeCodes = new LinkedHashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String fullName, String passwordHash, Role role, Set<String> scopeCodes) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeCodes = new LinkedHashSet<>(scopeCodes);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public Set<String> getScopeCodes() { return scopeCodes; }
    public Long getOfficeId() { return officeId; }
    void setOfficeId(Long officeId) {
        if (!java.util.Objects.equals(this.officeId, officeId)) {
            this.officeId = officeId;
            touchSecurity();
        }
    }
    public Long getPartnerId() { return partnerId; }
    void setPartnerId(Long partnerId) {
        if (!java.util.Objects.equals(this.partnerId, partnerId)) {
            this.partnerId = partnerId;
            touchSecurity();
        }
    }

    public long getVersion() { return version; }
    public long getSecurityStamp() { return securityStamp; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public java.time.Instant getLastSignInAt() { return lastSignInAt; }
    public java.time.Instant getPreviousSignInAt() { return previousSignInAt; }

    /** The current hash and the remembered previous ones, newest first. */
    java.util.List<String> recentPasswordHashes() {
        var hashes = new java.util.ArrayList<String>();
        hashes.add(passwordHash);
        if (previousPasswordHashes != null && !previousPasswordHashes.isBlank()) {
            hashes.addAll(java.util.List.of(previousPasswordHashes.strip().split(" ")));
        }
        return hashes;
    }

    /** Replaces the password, remembering the old hash; {@code oneTime}: the user must change it at next sign-in. */
    void changePassword(String newHash, boolean oneTime) {
        var remembered = recentPasswordHashes();
        previousPasswordHashes = String.join(" ", remembered.subList(0, Math.min(REMEMBERED_PASSWORDS, remembered.size())));
        passwordHash = newHash;
        mustChangePassword = oneTime;
        touchSecurity();
    }

    void requireNewPassword() {
        mustChangePassword = true;
    }

    void update(String fullName, Role role, Set<String> scopeCodes, Long officeId, Long partnerId, String locale) {
        if (this.role != role || !this.scopeCodes.equals(scopeCodes) || !java.util.Objects.equals(this.officeId, officeId)
                || !java.util.Objects.equals(this.partnerId, partnerId)) {
            touchSecurity();
        }
        this.fullName = fullName;
        this.role = role;
        this.scopeCodes.clear();
        this.scopeCodes.addAll(scopeCodes);
        this.officeId = officeId;
        this.partnerId = partnerId;
        this.locale = locale;
    }

    void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            touchSecurity();
        }
    }

    void touchSecurity() {
        securityStamp++;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AppUser other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
