package id.bpjstk.desasadar.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context the coverage benchmarks share (one start for both when run together): the app on a port, on
 * {@code DB_URL}'s own database instead of a fresh one, so that the 5,000,000 generated workers survive between runs
 * ({@code -Dbenchmark.coverage.fresh-database=true} for a throw-away database), with the bundled map outlines (the
 * choropleth) and the demo targets (the target slots of the panel).
 *
 * <p>Not {@code @IntegrationTest}: its per-class reset copies every table of the database aside at start, which over a
 * kept database of millions of rows would cost more than generating them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.db.fresh-database=${benchmark.coverage.fresh-database:false}",
        "app.territory.bundled-map-data=true",
        "app.demo-targets=true"})
@ActiveProfiles("test")
@interface CoverageBenchmarkContext {
}
