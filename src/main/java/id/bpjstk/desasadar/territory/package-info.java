/**
 * Areas (province, regency, district, village) by Kemendagri code, their coordinates and boundaries, offices (kanwil,
 * kantor cabang), the village outreach profile and the Desa Sadar status.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "territory", allowedDependencies = {"base"})
package id.bpjstk.desasadar.territory;

import org.springframework.modulith.ApplicationModule;
