package id.bpjstk.desasadar.base.security;

public enum Role {
    ADMIN, REGIONAL_HEAD, COORDINATOR, PARTNER;

    /**
     * The one declaration of who changes the field work — workers and their payments, imports, events, agents, work
     * sites, visit plans, village profiles: coordinators and administrators. Regional heads and partners read.
     * Services refuse through {@link CurrentUser#requireFieldEditor}; views hide buttons through
     * {@link CurrentUser#editsFieldWork()} (a convenience, not the access control).
     */
    public boolean editsFieldWork() {
        return this == ADMIN || this == COORDINATOR;
    }

    /** Spring Security's name for the role, as used by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
