package id.bpjstk.desasadar.base.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** An import's rejection report as a user downloads it (UTF-8 with BOM, `;`), rendered and then deleted. */
public final class RenderedReports {

    private static final AppI18nProvider I18N = new AppI18nProvider();

    private RenderedReports() {
    }

    /** The report as downloaded, its reasons rendered by {@code reasonText}; the temporary file is deleted. */
    public static String text(RejectionReport report, Function<RuleViolation, String> reasonText) {
        var out = new ByteArrayOutputStream();
        try {
            report.writeTo(out, reasonText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            report.delete();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The report's records, reasons in Bahasa Indonesia. */
    public static List<CSVRecord> indonesian(RejectionReport report) {
        return records(report, RenderedReports::indonesian);
    }

    /** The report's records, reasons rendered by {@code reasonText}. */
    public static List<CSVRecord> records(RejectionReport report, Function<RuleViolation, String> reasonText) {
        String text = text(report, reasonText);
        assertThat(text).startsWith("\uFEFF");
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String indonesian(RuleViolation reason) {
        return I18N.getTranslation(reason.messageKey(), AppI18nProvider.INDONESIAN, reason.args());
    }

    public static String english(RuleViolation reason) {
        return I18N.getTranslation(reason.messageKey(), java.util.Locale.ENGLISH, reason.args());
    }
}
