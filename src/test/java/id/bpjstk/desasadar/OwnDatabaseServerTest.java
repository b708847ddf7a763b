package id.bpjstk.desasadar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test whose database server is its own ({@link OwnMariaDbServer}), whatever {@code DB_URL} says, so that a
 * fault test may stop and restart it without touching the shared service (issue 13, item 13). The classes so annotated share one context and so one server; each starts from
 * the database as it was after start-up ({@link TestDatabase}). The pool's settings are the production ones: an
 * outage test proves what users get.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = OwnMariaDbServer.Initializer.class)
@ActiveProfiles("test")
@ExtendWith(TestDatabase.class)
public @interface OwnDatabaseServerTest {
}
