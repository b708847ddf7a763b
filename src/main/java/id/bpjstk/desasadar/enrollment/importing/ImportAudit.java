package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.base.importing.ImportResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk import run on the change trail: one row per run (file, outcome, counts), not one per stored row, since a
 * before/after row for each of millions of rows would double the import's cost (decision 018).
 */
final class ImportAudit {

    private ImportAudit() {
    }

    static void record(AuditService audit, String kind, String fileName, ImportResult result, FieldChange... more) {
        var fields = new ArrayList<>(List.of(
                new FieldChange("file", null, fileName),
                new FieldChange("outcome", null, result.outcome().name()),
                new FieldChange("stored", null, String.valueOf(result.counts().inserted())),
                new FieldChange("duplicates", null, String.valueOf(result.counts().duplicates())),
                new FieldChange("rejected", null, String.valueOf(result.counts().rejected()))));
        fields.addAll(List.of(more));
        audit.recordChange(kind, fileName, "IMPORT", fields);
    }
}
