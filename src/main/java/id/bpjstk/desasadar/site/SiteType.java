package id.bpjstk.desasadar.site;

/** Kinds of work site where informal workers are met. */
public enum SiteType {
    PERKEBUNAN, PASAR, TPI, SENTRA_INDUSTRI_RUMAHAN, UMKM_BINAAN, LAINNYA
}
