package id.bpjstk.desasadar.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an import's rejection report as a user opens it (UTF-8 with BOM, `;`), then deletes the temporary file. */
final class ImportReports {

    private ImportReports() {
    }

    static List<CSVRecord> read(ImportResult result) throws IOException {
        String text = Files.readString(result.report(), StandardCharsets.UTF_8);
        Files.delete(result.report());
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
