/**
 * Read models: coverage per area and month, targets against realization, the partner home page.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "coverage", allowedDependencies = {"base", "territory", "territory::ui", "partner"})
package id.bpjstk.desasadar.coverage;

import org.springframework.modulith.ApplicationModule;
