package id.bpjstk.desasadar.outreach;

/** The organisation sponsoring a Perisai agent. */
public enum SponsorKind {
    KOPERASI, YAYASAN, CV, LAINNYA
}
