package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** Reads an import's rejection report as a user downloads it (reasons in Bahasa Indonesia), then deletes it. */
final class ImportReports {

    private ImportReports() {
    }

    static List<CSVRecord> read(ImportResult result) {
        return RenderedReports.indonesian(result.report());
    }
}
