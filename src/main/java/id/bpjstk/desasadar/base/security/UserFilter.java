package id.bpjstk.desasadar.base.security;

/** The administrator's filter of the user list; null fields do not filter. {@code text} matches name or user name. */
public record UserFilter(String text, Role role, Boolean enabled) {

    public static final UserFilter ALL = new UserFilter(null, null, null);
}
