package id.bpjstk.desasadar.enrollment;

/** The fields of a worker, with the import file's column for each. */
public enum WorkerField {
    NIK("nik"), FULL_NAME("nama"), SEX("jenis_kelamin"), BIRTH_DATE("tanggal_lahir"), PHONE("telepon"),
    OCCUPATION("pekerjaan"), VILLAGE("kode_desa"), VILLAGE_ROLE("jabatan_desa"), SITE("lokasi"), JHT("jht"),
    INCOME_BAND("penghasilan"), FUNDING("sumber_dana"), MOU("no_mou"), ENROLLED_ON("tanggal_daftar"), EVENT("id_kegiatan"),
    AGENT("no_agen"), KPJ("kpj");

    private final String column;

    WorkerField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
