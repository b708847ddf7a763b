package id.bpjstk.desasadar.base.db;

/** The embedded server, present only in the development build (see {@code EmbeddedMariaDbConfig}). */
public interface EmbeddedMariaDb {
    DatabaseServer server();
}
