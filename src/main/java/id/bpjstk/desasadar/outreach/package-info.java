/**
 * Socialization events (kegiatan) and Perisai agents, their commission.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "outreach",
        allowedDependencies = {"base", "territory", "territory::ui", "site", "coverage"})
package id.bpjstk.desasadar.outreach;

import org.springframework.modulith.ApplicationModule;
