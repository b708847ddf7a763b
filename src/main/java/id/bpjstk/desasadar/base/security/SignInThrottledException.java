package id.bpjstk.desasadar.base.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password: the account or the address must wait (decision 019). */
public class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins: wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }
}
