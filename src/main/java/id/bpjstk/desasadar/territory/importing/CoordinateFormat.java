package id.bpjstk.desasadar.territory.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The file formats {@link CoordinateFileReader} understands. */
public enum CoordinateFormat {

    /** {@code code,name,lat,lng} centroids in decimal degrees. */
    CENTROID_CSV,
    /** A GeoJSON FeatureCollection of Polygon/MultiPolygon features with {@code properties.code}. */
    GEOJSON,
    /** {@code INSERT INTO wilayah_boundaries ...} dumps from cahyadsn/wilayah_boundaries. */
    WILAYAH_SQL;

    /** Statement keywords a SQL dump may start with once comments are skipped. */
    private static final Set<String> SQL_KEYWORDS =
            Set.of("insert", "set", "create", "drop", "lock", "use", "start", "begin");

    /**
     * Picks the format by file name extension (.csv, .geojson/.json, .sql), falling back to sniffing
     * the first bytes when the name is missing or has another extension.
     *
     * @param fileName the uploaded file's name; may be {@code null}
     * @param head     the first bytes of the file (a few hundred are plenty); may be {@code null}
     * @throws CoordinateFileException when neither the name nor the content tells the format
     */
    public static CoordinateFormat detect(String fileName, byte[] head) {
        CoordinateFormat byName = byExtension(fileName);
        if (byName != null) {
            return byName;
        }
        CoordinateFormat byContent = sniff(head);
        if (byContent != null) {
            return byContent;
        }
        throw fileName == null || fileName.isBlank() ? new CoordinateFileException("area.import.file.unknown-format")
                : new CoordinateFileException("area.import.file.unknown-format-named", fileName);
    }

    private static CoordinateFormat byExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CENTROID_CSV;
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GEOJSON;
        }
        if (name.endsWith(".sql")) {
            return WILAYAH_SQL;
        }
        return null;
    }

    /** Looks at the first meaningful characters; only decisive signs count, otherwise null. */
    private static CoordinateFormat sniff(byte[] head) {
        if (head == null || head.length == 0) {
            return null;
        }
        // A truncated multi-byte character at the end only becomes U+FFFD, which is harmless here.
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.stripLeading();
        if (text.startsWith("{")) {
            return GEOJSON;
        }
        if (text.startsWith("/*") || text.startsWith("--") || text.startsWith("#")) {
            return WILAYAH_SQL;
        }
        String firstWord = text.split("[^A-Za-z]", 2)[0].toLowerCase(Locale.ROOT);
        if (SQL_KEYWORDS.contains(firstWord)) {
            return WILAYAH_SQL;
        }
        String firstLine = text.split("\r?\n|\r", 2)[0];
        List<String> columns = Arrays.stream(firstLine.split(","))
                .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        if (columns.contains("code") && columns.contains("lat") && columns.contains("lng")) {
            return CENTROID_CSV;
        }
        return null;
    }
}
