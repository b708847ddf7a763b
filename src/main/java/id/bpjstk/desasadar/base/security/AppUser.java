package id.bpjstk.desasadar.base.security;

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
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 100;

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
    void setOfficeId(Long officeId) { this.officeId = officeId; }
    public Long getPartnerId() { return partnerId; }
    void setPartnerId(Long partnerId) { this.partnerId = partnerId; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AppUser other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
