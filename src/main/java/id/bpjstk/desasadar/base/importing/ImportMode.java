package id.bpjstk.desasadar.base.importing;

/** What a file with rejected rows does to the database. */
public enum ImportMode {
    /** Valid rows are stored (committed batch by batch); rejected rows are only reported. */
    ACCEPT_VALID,
    /** One transaction: a single rejected row rolls back the whole file. */
    ALL_OR_NOTHING
}
