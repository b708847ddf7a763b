package id.bpjstk.desasadar.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Writes N valid worker rows in the import format, the same bytes for the same seed: villages from a
 * given list (the official list of ../shared/data for the benchmark), NIKs built as the real ones are
 * (district digits, birth date with women's day + 40, a serial counted per district so every NIK is
 * unique), names with apostrophes and non-ASCII letters.
 */
public final class WorkerCsvGenerator {

    public static final String HEADER = "nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj";
    static final Path REGIONS = Path.of("../shared/data/regions");

    private static final String[] MEN = {"Budi", "Ma'ruf", "Dédé", "I Made", "I Wayan", "Agus", "Ahmad", "Slamet", "La Ode", "Yohanes"};
    private static final String[] WOMEN = {"Siti Nur'aini", "Ni Luh Putu Ayu", "Dédé", "Sri", "Rahmawati", "Nur'aini", "Maria", "Wa Ode", "Ni Kadek", "Dewi"};
    private static final String[] FAMILY = {"Santoso", "Hidayat", "Sembiring", "Nainggolan", "Wijaya", "Saputra", "Ma'arif", "Tampubolon", "Lestari", "Pratama"};
    private static final String[] OCCUPATIONS = {"PETANI", "PEKEBUN", "NELAYAN", "PEDAGANG_PASAR", "PEDAGANG_KELILING",
            "JURU_PARKIR", "OJEK", "INDUSTRI_RUMAHAN", "LAINNYA"};
    private static final LocalDate OLDEST = LocalDate.of(1960, 1, 1);
    private static final LocalDate FIRST_ENROLMENT = LocalDate.of(2024, 1, 1);

    private final List<String> villages;
    private final Random random;
    private final Map<String, Integer> serials = new HashMap<>();
    private final int enrolmentDays;

    public WorkerCsvGenerator(List<String> villageCodes, long seed) {
        this(villageCodes, seed, 700);
    }

    /** @param enrolmentDays enrolment dates fall in the first that many days from 2024-01-01 (700 by default: 23 months) */
    public WorkerCsvGenerator(List<String> villageCodes, long seed, int enrolmentDays) {
        this.villages = List.copyOf(villageCodes);
        this.random = new Random(seed);
        this.enrolmentDays = enrolmentDays;
    }

    /** The official village codes of ../shared/data; skips the calling test with a message when absent. */
    public static List<String> officialVillages() throws IOException {
        Path file = REGIONS.resolve("idn-area-data/villages.csv");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data/regions absent: no official village list to spread workers over");
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        }
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
        String village = villages.get(random.nextInt(villages.size()));
        String district = village.substring(0, 8).replace(".", "");
        int serial = serials.merge(district, 1, Integer::sum);
        if (serial > 9999) {
            throw new IllegalStateException("more than 9,999 workers in district " + district + ": NIKs would repeat");
        }
        boolean woman = random.nextBoolean();
        LocalDate born = OLDEST.plusDays(random.nextInt(40 * 365));
        String nik = district + "%02d%02d%02d%04d".formatted(born.getDayOfMonth() + (woman ? 40 : 0), born.getMonthValue(),
                born.getYear() % 100, serial);
        String name = (woman ? WOMEN : MEN)[random.nextInt(10)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        String phone = random.nextInt(5) == 0 ? "" : "08" + (1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L));
        LocalDate enrolled = FIRST_ENROLMENT.plusDays(random.nextInt(enrolmentDays));
        // a KPJ number for one in ten, from the row index so it is unique too
        // the seeded minimum income band and self-paid: the rows every installation accepts (APBD needs a MoU)
        String kpj = index % 10 == 0 ? "%011d".formatted(index) : "";
        return String.join(";", nik, name, woman ? "P" : "L", born.toString(), phone, OCCUPATIONS[random.nextInt(OCCUPATIONS.length)],
                village, random.nextInt(3) == 0 ? "ya" : "tidak", "1000000",
                "SELF", enrolled.toString(), kpj);
    }
}
