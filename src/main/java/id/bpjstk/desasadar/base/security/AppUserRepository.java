package id.bpjstk.desasadar.base.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    java.util.List<AppUser> findByOfficeId(Long officeId);

    /** The enabled administrators, locked until the transaction ends: two admins cannot disable each other at once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select u from AppUser u where u.role = id.bpjstk.desasadar.base.security.Role.ADMIN and u.enabled = true")
    java.util.List<AppUser> lockEnabledAdministrators();
}
