/**
 * The shared kernel: security (users, roles, scopes, sign-in), i18n, the layout and the domain-free map and chart
 * components, import/export plumbing, database and cluster wiring. It knows no feature; every feature may use all of
 * it (an open module).
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "base", allowedDependencies = {}, type = ApplicationModule.Type.OPEN)
package id.bpjstk.desasadar.base;

import org.springframework.modulith.ApplicationModule;
