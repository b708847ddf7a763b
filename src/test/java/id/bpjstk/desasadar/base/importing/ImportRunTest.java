package id.bpjstk.desasadar.base.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.Progress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared import pipeline on its own: outcomes, cancellation, the report and its rendering at the edge. */
class ImportRunTest {

    @TempDir
    Path temp;

    /** One record of the test source: its line and its one value. */
    private record Line(long line, String value) {
    }

    /** Holds what it is given; "stores" on finish unless all or nothing with a rejection. */
    private static final class Recording extends SmallImportWriter<String> {
        final ImportMode mode;
        final List<String> pending = new ArrayList<>();
        final List<String> stored = new ArrayList<>();
        boolean cancelled;

        Recording(RejectionReport report, ImportMode mode) {
            super(report);
            this.mode = mode;
        }

        @Override
        public void add(long line, String row, List<String> original) {
            pending.add(row);
        }

        @Override
        public ImportCounts finish() {
            if (mode == ImportMode.ACCEPT_VALID || rejected == 0) {
                stored.addAll(pending);
                inserted = pending.size();
            }
            return super.finish();
        }

        @Override
        public ImportCounts cancel() {
            cancelled = true;
            return super.cancel();
        }
    }

    private static RecordSource<Line> lines(String... values) {
        return (progress, records) -> {
            for (int i = 0; i < values.length; i++) {
                records.accept(new Line(i + 2, values[i]));
            }
            return values.length;
        };
    }

    /** A value that is not a whole number is rejected, with the column and the value as the reason's argument. */
    private static void take(Line line, Recording writer) {
        try {
            long n = Long.parseLong(line.value());
            if (n > 1000) {
                throw new RowRejected("jumlah", "contribution.error.reason-required", n);
            }
            writer.add(line.line(), line.value(), List.of(line.value()));
        } catch (NumberFormatException e) {
            writer.reject(line.line(), "jumlah", new RuleViolation("worker.import.error.amount"), List.of(line.value()));
        } catch (RowRejected r) {
            writer.reject(line.line(), r.column(), r.reason(), List.of(line.value()));
        }
    }

    private final Counter rows = Counter.builder("test.rows").register(new SimpleMeterRegistry());

    private ImportResult run(RecordSource<Line> source, ImportMode mode, AtomicReference<Recording> writer,
                             java.util.function.BooleanSupplier cancelled) {
        return ImportRun.run(source, List.of("jumlah"), mode, Progress.NONE, cancelled, report -> {
            writer.set(new Recording(report, mode));
            return writer.get();
        }, ImportRunTest::take, rows);
    }

    @Test
    void accept_valid_stores_the_good_records_and_reports_each_bad_one_with_its_line_column_and_values() {
        var writer = new AtomicReference<Recording>();
        ImportResult result = run(lines("5", "x", "7", "16800"), ImportMode.ACCEPT_VALID, writer, () -> false);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.STORED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 2));
        assertThat(result.read()).isEqualTo(4);
        assertThat(writer.get().stored).containsExactly("5", "7");
        assertThat(RenderedReports.indonesian(result.report())).extracting(r -> r.get("baris"), r -> r.get("kolom"), r -> r.get("alasan"),
                r -> r.get("jumlah")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3", "jumlah", "Harus berupa bilangan bulat rupiah.", "x"),
                // a number argument stays a number until rendered: grouped as the language groups it
                org.assertj.core.groups.Tuple.tuple("5", "jumlah",
                        "Jumlah berbeda dari iuran menurut tarif (Rp16.800); tuliskan alasannya.", "16800"));
    }

    @Test
    void all_or_nothing_with_one_rejected_record_stores_nothing_and_says_rolled_back() {
        var writer = new AtomicReference<Recording>();
        ImportResult result = run(lines("5", "x", "7"), ImportMode.ALL_OR_NOTHING, writer, () -> false);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK);
        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 1));
        assertThat(writer.get().stored).isEmpty();
        assertThat(result.report().count()).isEqualTo(1);
        result.report().delete();
    }

    @Test
    void cancelling_stops_before_the_next_record_and_asks_the_writer_what_stays() {
        var writer = new AtomicReference<Recording>();
        int[] asked = {0};
        ImportResult result = run(lines("1", "2", "3", "4"), ImportMode.ACCEPT_VALID, writer, () -> ++asked[0] > 2);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CANCELLED);
        assertThat(result.read()).isEqualTo(2);
        assertThat(writer.get().cancelled).isTrue();
        assertThat(writer.get().pending).containsExactly("1", "2");
        assertThat(writer.get().stored).isEmpty();
        result.report().delete();
    }

    @Test
    void a_file_refused_as_a_whole_reaches_the_caller() {
        RecordSource<Line> refused = (progress, records) -> {
            throw new RuleViolation("csv.error.empty");
        };

        assertThatThrownBy(() -> run(refused, ImportMode.ACCEPT_VALID, new AtomicReference<>(), () -> false))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("csv.error.empty"));
    }

    @Test
    void the_same_report_renders_in_the_language_of_whoever_downloads_it() {
        var writer = new AtomicReference<Recording>();
        ImportResult result = run(lines("x"), ImportMode.ACCEPT_VALID, writer, () -> false);
        RejectionReport report = result.report();

        var english = new java.io.ByteArrayOutputStream();
        try {
            report.writeTo(english, RenderedReports::english);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<CSVRecord> indonesian = RenderedReports.indonesian(report);

        assertThat(english.toString(StandardCharsets.UTF_8)).contains("Must be a whole number of rupiah.");
        assertThat(indonesian).singleElement().satisfies(r -> assertThat(r.get("alasan")).isEqualTo("Harus berupa bilangan bulat rupiah."));
    }

    @Test
    void geojson_features_come_one_by_one_and_a_cut_off_file_is_refused_before_the_first() throws Exception {
        Path good = Files.writeString(temp.resolve("good.geojson"), """
                {"features": [{"type": "Feature", "properties": {"name": "A"}}, 7], "type": "FeatureCollection"}""");
        Path cut = Files.writeString(temp.resolve("cut.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "A"}}""");
        var refusal = new RuleViolation("site.import.too-large", 10L);
        List<String> seen = new ArrayList<>();

        long read = new GeoJsonFeatures(good, 1024, refusal, "site.import.not-json", "site.import.not-collection")
                .read(Progress.NONE, f -> seen.add(f.number() + ":" + f.node().path("properties").path("name").asString("-")));
        assertThat(read).isEqualTo(2);
        assertThat(seen).containsExactly("1:A", "2:-");

        seen.clear();
        assertThatThrownBy(() -> new GeoJsonFeatures(cut, 1024, refusal, "site.import.not-json", "site.import.not-collection")
                .read(Progress.NONE, f -> seen.add("any")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("site.import.not-json"));
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> new GeoJsonFeatures(good, 10, refusal, "site.import.not-json", "site.import.not-collection")
                .read(Progress.NONE, f -> seen.add("any"))).isSameAs(refusal);
    }
}
