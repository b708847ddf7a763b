package id.bpjstk.desasadar.enrollment;

/** A worker's office in their village, which two Desa Sadar criteria count. */
public enum VillageRole {
    KEPALA_DESA, PERANGKAT_DESA;

    public String messageKey() {
        return "village-role." + name();
    }
}
