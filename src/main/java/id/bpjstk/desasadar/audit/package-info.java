/**
 * Who changed or read what: the change trail of audited entities and partners' reads of personal data.
 * <p>What it owns, its tables and its allowed dependencies: docs/architecture.md (held by ArchitectureTest).
 */
@ApplicationModule(displayName = "audit", allowedDependencies = {"base"})
package id.bpjstk.desasadar.audit;

import org.springframework.modulith.ApplicationModule;
