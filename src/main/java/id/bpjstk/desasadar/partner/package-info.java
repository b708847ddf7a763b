/**
 * Partners (Pemda, companies), their MoUs and the monthly subsidy bills.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "partner", allowedDependencies = {"base", "audit", "territory"})
package id.bpjstk.desasadar.partner;

import org.springframework.modulith.ApplicationModule;
