package id.bpjstk.desasadar.base.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    java.util.List<AppUser> findByOfficeId(Long officeId);

    /**
     * Remembers a sign-in without touching the version (a bulk update is not versioned): it is no edit of the account,
     * so neither an administrator's open form nor a second sign-in of the same account at the same moment may fail on it.
     * MariaDB assigns left to right: the previous sign-in takes the last one before the last one is replaced.
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update AppUser u set u.previousSignInAt = u.lastSignInAt, u.lastSignInAt = :at where u.id = :id")
    int recordSignIn(@org.springframework.data.repository.query.Param("id") long id,
            @org.springframework.data.repository.query.Param("at") java.time.Instant at);

    /** The enabled administrators, locked until the transaction ends: two admins cannot disable each other at once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select u from AppUser u where u.role = id.bpjstk.desasadar.base.security.Role.ADMIN and u.enabled = true")
    java.util.List<AppUser> lockEnabledAdministrators();
}
