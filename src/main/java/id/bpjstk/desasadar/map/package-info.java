/**
 * The home map: the layers of every feature on one Leaflet map, with the village panel.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "map",
        allowedDependencies = {"base", "territory", "territory::ui", "site", "site::ui", "outreach"})
package id.bpjstk.desasadar.map;

import org.springframework.modulith.ApplicationModule;
