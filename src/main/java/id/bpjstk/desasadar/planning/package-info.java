/**
 * Visit planning: the priority of villages, route order, saved plans, the calendar feed and the day sheet.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "planning",
        allowedDependencies = {"base", "territory", "territory::ui", "site", "outreach", "enrollment", "coverage"})
package id.bpjstk.desasadar.planning;

import org.springframework.modulith.ApplicationModule;
