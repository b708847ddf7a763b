package id.bpjstk.desasadar.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N rows of a company's UMKM binaan list in the import format, the same bytes for the same seed: villages from a
 * given list (the official list of ../shared/data for the benchmark), names and owners with apostrophes and non-ASCII
 * letters, about five workers each (the cigarette maker of issue 12: 108,000 UMKM, about five workers each), a unique
 * company code per row.
 */
public final class UmkmCsvGenerator {

    public static final String HEADER = "kode_umkm;nama;pemilik;kode_desa;alamat;perkiraan_pekerja";

    private static final String[] PRODUCTS = {"Kerupuk Udang", "Keripik Tempe", "Batik Tulis", "Tas Kulit", "Bandeng Presto",
            "Sandal Anyaman", "Kue Basah", "Petis Udang", "Sambal Bawang", "Konveksi", "Jamu Gendong", "Warung Kopi"};
    private static final String[] OWNERS = {"Siti Nur'aini", "Ni Luh Putu Ayu", "Dédé Sunarya", "Ma'ruf Amin", "I Made Sukadana",
            "La Ode Muhammad", "Sri Rahayu", "Yohanes Sembiring", "Wa Ode Sitti", "Agus Saputra"};
    private static final String[] STREETS = {"Jl. Mawar", "Jl. Melati", "Gg. Kenanga", "Jl. Raya Desa", "Dusun Krajan RT 02/RW 01"};

    private final List<String> villages;
    private final Random random;

    public UmkmCsvGenerator(List<String> villageCodes, long seed) {
        this.villages = List.copyOf(villageCodes);
        this.random = new Random(seed);
    }

    /** Writes the header and {@code rows} rows with LF line ends. */
    public void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row(i));
                out.write('\n');
            }
        }
    }

    String row(int index) {
        String owner = OWNERS[random.nextInt(OWNERS.length)];
        String name = PRODUCTS[random.nextInt(PRODUCTS.length)] + " " + owner.substring(0, owner.indexOf(' '));
        return "UMKM-%06d;%s;%s;%s;%s No. %d;%d".formatted(index + 1, name, owner, villages.get(random.nextInt(villages.size())),
                STREETS[random.nextInt(STREETS.length)], 1 + random.nextInt(120), 1 + random.nextInt(9));
    }
}
