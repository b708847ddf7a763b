/**
 * The administration of users and each user's own account page (the accounts themselves live in base.security).
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "users", allowedDependencies = {"base", "territory", "partner"})
package id.bpjstk.desasadar.users;

import org.springframework.modulith.ApplicationModule;
