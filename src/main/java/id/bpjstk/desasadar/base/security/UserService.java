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

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserPrincipal loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(u -> new UserPrincipal(u.getId(), u.getUsername(), u.getFullName(), u.getPasswordHash(),
                        u.getRole(), new AreaScope(u.getScopeCodes().stream().toList()), u.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
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
}
