package id.bpjstk.desasadar.base.security;

public enum Role {
    ADMIN, REGIONAL_HEAD, COORDINATOR, PARTNER;

    /** Spring Security's name for the role, as used by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
