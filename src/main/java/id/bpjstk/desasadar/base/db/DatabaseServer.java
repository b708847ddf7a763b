package id.bpjstk.desasadar.base.db;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the MariaDB server is, without a database name: the database itself is chosen (and created
 * when missing) by {@link DatabaseConfig}, so tests can ask for a fresh one on any server.
 *
 * <p>A server may be several: the nodes of a Galera cluster named in one URL with a high-availability mode of
 * MariaDB Connector/J, {@code jdbc:mariadb:sequential://node1:3306,node2:3306,node3:3306/desasadar} (decision 025).
 * The driver then connects to the first node that answers, for the app's own connections as for the one that creates
 * the database.
 *
 * @param haMode Connector/J's high-availability mode ({@code sequential}, {@code loadbalance}, …), empty for one server
 * @param hosts  {@code host:port}, or several separated by commas
 */
public record DatabaseServer(String haMode, String hosts, String user, String password, String database, String options) {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql):(?:([a-z-]+):)?//([^/?]+)(?:/([^?]*))?(?:\\?(.*))?", Pattern.CASE_INSENSITIVE);

    /** One server. */
    public DatabaseServer(String host, int port, String user, String password, String database, String options) {
        this("", host + ":" + port, user, password, database, options);
    }

    public String jdbcUrl(String databaseName) {
        return "jdbc:mariadb:" + (haMode.isEmpty() ? "" : haMode + ":") + "//" + hosts + "/" + databaseName
                + (options.isEmpty() ? "" : "?" + options);
    }

    /**
     * Parses {@code jdbc:mariadb:[haMode:]//host[:port][,host[:port]…]/database[?options]} (also {@code jdbc:mysql:});
     * a host without a port gets 3306.
     */
    public static DatabaseServer parse(String url, String user, String password) {
        var m = URL.matcher(url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("DB_URL must look like jdbc:mariadb://host:3306/database"
                    + " or jdbc:mariadb:sequential://host1:3306,host2:3306/database, got: " + url);
        }
        String hosts = Arrays.stream(m.group(2).split(","))
                .map(String::trim)
                .map(host -> host.contains(":") || host.contains("(") ? host : host + ":3306")
                .collect(Collectors.joining(","));
        String database = m.group(3) == null || m.group(3).isBlank() ? "desasadar" : m.group(3);
        return new DatabaseServer(m.group(1) == null ? "" : m.group(1).toLowerCase(), hosts, user,
                password == null ? "" : password, database, m.group(4) == null ? "" : m.group(4));
    }
}
