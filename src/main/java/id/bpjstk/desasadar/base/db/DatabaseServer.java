package id.bpjstk.desasadar.base.db;

/**
 * Where the MariaDB server is, without a database name: the database itself is chosen (and created
 * when missing) by {@link DatabaseConfig}, so tests can ask for a fresh one on any server.
 */
public record DatabaseServer(String host, int port, String user, String password, String database, String options) {

    public String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + databaseName + (options.isEmpty() ? "" : "?" + options);
    }

    /** Parses {@code jdbc:mariadb://host[:port]/database[?options]} (also {@code jdbc:mysql:}). */
    public static DatabaseServer parse(String url, String user, String password) {
        var m = java.util.regex.Pattern
                .compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?")
                .matcher(url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("DB_URL must look like jdbc:mariadb://host:3306/database, got: " + url);
        }
        int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
        String database = m.group(3) == null || m.group(3).isBlank() ? "desasadar" : m.group(3);
        return new DatabaseServer(m.group(1), port, user, password == null ? "" : password, database,
                m.group(4) == null ? "" : m.group(4));
    }
}
