package id.bpjstk.desasadar.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url           external server (env {@code DB_URL}); blank means the embedded MariaDB
 * @param freshDatabase tests: every application context gets its own new, uniquely named database
 * @param embeddedDir   where the embedded MariaDB keeps its data between restarts
 * @param embeddedPort  port of the embedded MariaDB; 0 picks a free one
 */
@ConfigurationProperties("app.db")
public record DatabaseProperties(String url, String user, String password, boolean freshDatabase,
                                 String embeddedDir, int embeddedPort) {
}
