package id.bpjstk.desasadar.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's sign-in with a user name and password, and one more rule in the production profile: an account
 * that signs in with the demo password (README, {@link DemoUsers#PASSWORD}) is a demo account — a production start never
 * makes one, so it came with a demo database — and is refused, with a log line that says why. The password policy
 * (10 characters or more) rules out the demo password for every account made through the app.
 */
class PasswordSignIn extends DaoAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    private final boolean production;

    PasswordSignIn(UserService users, PasswordEncoder passwordEncoder, boolean production) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.production = production;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication); // the password is right from here on
        if (production && DemoUsers.PASSWORD.equals(authentication.getCredentials())) {
            log.warn("Sign-in refused for '{}': a demo account (it has the published demo password) in a production database;"
                    + " the production profile never accepts one. Disable it or give it a new password under Pengguna"
                    + " (/admin/pengguna), or delete the demo users from the database.", user.getUsername());
            throw new DisabledException("Demo account refused in the production profile");
        }
    }
}
