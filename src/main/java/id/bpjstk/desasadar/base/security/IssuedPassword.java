package id.bpjstk.desasadar.base.security;

/** A one-time password, shown once to the administrator who created or reset the user; only its hash is kept. */
public record IssuedPassword(UserRow user, String oneTimePassword) {
}
