/**
 * Work sites (lokasi kerja): plantations, markets, fishing ports, home-industry and UMKM binaan clusters.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "site", allowedDependencies = {"base", "audit", "territory"})
package id.bpjstk.desasadar.site;

import org.springframework.modulith.ApplicationModule;
