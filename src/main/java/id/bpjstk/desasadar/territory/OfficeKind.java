package id.bpjstk.desasadar.territory;

/** Kanwil (regional office), kantor cabang (branch) and kantor cabang perintis (pioneer branch). */
public enum OfficeKind {
    KANWIL, KANTOR_CABANG, KANTOR_CABANG_PERINTIS
}
