package id.bpjstk.desasadar.outreach;

/** Sosialisasi desa, sosialisasi di lokasi kerja, jemput bola (door to door), pelatihan agen, lainnya. */
public enum EventType {
    SOSIALISASI_DESA, SOSIALISASI_LOKASI_KERJA, JEMPUT_BOLA, PELATIHAN_AGEN, LAINNYA
}
