package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.importing.RecordSource;
import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.AreaDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * Imports a company's UMKM binaan (issue 12 item 6; format: {@link #COLUMNS}, see the README) as work sites of type
 * UMKM binaan linked to the company: streamed through {@link CsvIntake} like the worker import, each record checked and
 * handed to an {@link UmkmBulkWriter}, every rejected row in the same downloadable report with its line. Importing the
 * same list again updates the UMKM it already holds and adds none (decision 017).
 *
 * <p>Administrators import for any company, coordinators for a company they can see (one of its MoUs meets their
 * scope) and only UMKM in villages of their scope; a row in a village that does not exist or lies outside the scope is
 * rejected with its line. The list has no coordinates: a new UMKM is placed on its village's centre (or the nearest
 * enclosing area's that has one) until someone moves it.
 */
@Service
public class UmkmImportService {

    /** 108,000 UMKM are about 12 MB; a list ten times as long is still accepted. */
    public static final long MAX_BYTES = 128L * 1024 * 1024;
    public static final List<String> COLUMNS = UmkmCsvFormat.COLUMNS;
    public static final List<String> OPTIONAL_COLUMNS = UmkmCsvFormat.OPTIONAL;
    private static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, OPTIONAL_COLUMNS, MAX_BYTES);
    /** Where a UMKM goes when neither its village nor any area above it has a centre: the middle of Indonesia. */
    private static final double[] NO_CENTRE = {-2.5, 118.0};

    private final DataSource dataSource;
    private final AreaDirectory areas;
    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final Clock clock;
    private final AuditService audit;
    private final Counter rows;

    UmkmImportService(DataSource dataSource, AreaDirectory areas, CurrentUser currentUser, PartnerService partners,
                      Clock clock, AuditService audit, MeterRegistry meters) {
        this.audit = audit;
        this.rows = ImportRun.rowCounter(meters, "umkm");
        this.dataSource = dataSource;
        this.areas = areas;
        this.currentUser = currentUser;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * @param companyId  the company partner whose UMKM the file lists
     * @param progress   fraction of the file read
     * @param cancelled  checked between rows
     * @throws RuleViolation the company is unknown to the caller or not a company, or the file as a whole is refused
     *                       ({@code csv.error.*}); nothing was stored
     */
    public ImportResult importFile(Long companyId, Path file, ImportMode mode, Progress progress, BooleanSupplier cancelled) {
        return importFile(companyId, file, file.getFileName().toString(), mode, progress, cancelled);
    }

    /** As above; {@code fileName} is the name the user uploaded, for the audit trail. */
    public ImportResult importFile(Long companyId, Path file, String fileName, ImportMode mode, Progress progress,
                                   BooleanSupplier cancelled) {
        UserPrincipal user = currentUser.requireFieldEditor("Only coordinators and administrators import");
        PartnerView company = company(companyId);
        Villages villages = villages(user.scope());
        ImportResult result = ImportRun.run(RecordSource.csv(file, SPEC), COLUMNS, mode, progress, cancelled,
                report -> new UmkmBulkWriter(dataSource, mode, user.username(), LocalDateTime.now(clock), report, company.id(),
                        company.name()),
                (row, writer) -> take(row, writer, villages), rows);
        ImportAudit.record(audit, "umkm-import", fileName, result,
                new FieldChange("company", null, company.id() + " " + company.name()));
        return result;
    }

    /** The company partner, if the caller may see it. */
    private PartnerView company(Long companyId) {
        if (companyId == null) {
            throw new RuleViolation("umkm.error.company");
        }
        return partners.findPartner(companyId).filter(p -> p.kind() == PartnerKind.COMPANY)
                .orElseThrow(() -> new RuleViolation("umkm.error.company"));
    }

    private static void take(IntakeRow row, UmkmBulkWriter writer, Villages villages) {
        try {
            UmkmCsvFormat.Cells c = UmkmCsvFormat.parse(row);
            double[] point = villages.centre(c.village());
            writer.add(row.line(), new UmkmRow(UmkmCsvFormat.key(c), c.name(), c.owner(), c.village(), c.address(),
                    c.estimatedWorkers(), point[0], point[1]), row.values());
        } catch (RowRejected r) {
            writer.reject(row.line(), r.column(), r.reason(), row.values());
        }
    }

    /**
     * The villages (at most 83,762) with the point a new UMKM gets, loaded once per import instead of a look-up per
     * row, and the caller's scope.
     */
    private record Villages(Map<String, double[]> centres, AreaScope scope) {

        double[] centre(String code) {
            double[] point = centres.get(code);
            if (point == null) {
                throw new RowRejected("kode_desa", "umkm.import.error.village-unknown", code);
            }
            if (!scope.includes(code)) {
                throw new RowRejected("kode_desa", "umkm.import.error.village-out-of-scope", code);
            }
            return point;
        }
    }

    /** Every village's centre, or the nearest enclosing area's, or the middle of Indonesia (two queries in all). */
    private Villages villages(AreaScope scope) {
        return new Villages(areas.villageCentres(NO_CENTRE), scope);
    }
}
