/**
 * BPU workers (peserta), their contributions (iuran), tariffs, active status, UMKM binaan, and the imports of workers,
 * contributions and UMKM lists.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "enrollment",
        allowedDependencies = {"base", "audit", "territory", "territory::ui", "site", "outreach", "outreach::ui",
                "partner", "coverage"})
package id.bpjstk.desasadar.enrollment;

import org.springframework.modulith.ApplicationModule;
