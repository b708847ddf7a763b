package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.territory.importing.AreaRowSink;
import id.bpjstk.desasadar.territory.importing.CoordinateFileReader;
import id.bpjstk.desasadar.territory.importing.CoordinateFormat;
import id.bpjstk.desasadar.territory.importing.ParsedArea;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates the map data bundled in {@code src/main/resources/map/} (loaded on first start by
 * {@link BundledMapData}) from the public files of {@code ../shared/data/regions} (cahyadsn/wilayah_boundaries, MIT):
 *
 * <ul>
 *   <li>{@code villages-centroids.csv.gz}: {@code code,lat,lng} of every village with a centroid, 5 decimals (about 1 m);</li>
 *   <li>{@code regencies.geojson.gz}: the 514 regency outlines, simplified with JTS's topology-preserving simplifier;</li>
 *   <li>{@code provinces.geojson.gz}: the regencies of each province dissolved (JTS union of the full outlines), then
 *       simplified;</li>
 *   <li>{@code LICENSE-wilayah_boundaries-MIT.txt}: the upstream licence, which must travel with the data.</li>
 * </ul>
 *
 * Run from the project directory, after {@code ./mvnw test-compile}:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     id.bpjstk.desasadar.territory.BundledMapDataGenerator [../shared/data/regions] [src/main/resources/map]
 * </pre>
 * The tolerances keep the outlines recognisable at national and regional zoom (the map shows the full village
 * outlines from zoom 12, and an import of the upstream regency files replaces these simplified ones).
 */
public final class BundledMapDataGenerator {

    /** Degrees; about 450 m at the equator, under a pixel up to zoom 7 and about two at zoom 9. */
    static final double REGENCY_TOLERANCE = 0.004;
    /** Degrees; provinces are drawn only far out (national and island zoom). */
    static final double PROVINCE_TOLERANCE = 0.01;
    /** Holes smaller than this (square degrees, about 120 km²) are slivers between neighbouring regencies, not enclaves. */
    private static final double SLIVER_AREA = 0.01;
    private static final int DECIMALS = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private BundledMapDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/regions");
        Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/map");
        Files.createDirectories(target);
        long start = System.nanoTime();
        int centroids = centroids(source.resolve("villages-centroids.csv"), target.resolve("villages-centroids.csv.gz"));
        Map<String, ParsedArea> regencies = read(source.resolve("boundaries/regencies.geojson"));
        Map<String, String> regencyNames = names(source.resolve("boundaries/regencies.geojson"));
        writeCollection(target.resolve("regencies.geojson.gz"), regencies, regencyNames, REGENCY_TOLERANCE);
        Map<String, ParsedArea> provinces = dissolve(regencies);
        writeCollection(target.resolve("provinces.geojson.gz"), provinces, provinceNames(), PROVINCE_TOLERANCE);
        Files.copy(source.resolve("LICENSE-wilayah_boundaries-MIT.txt"), target.resolve("LICENSE-wilayah_boundaries-MIT.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "%d centroids, %d regencies, %d provinces in %d ms%n", centroids, regencies.size(),
                provinces.size(), (System.nanoTime() - start) / 1_000_000);
        for (String f : List.of("villages-centroids.csv.gz", "regencies.geojson.gz", "provinces.geojson.gz")) {
            System.out.printf(Locale.ROOT, "%s: %,d bytes%n", f, Files.size(target.resolve(f)));
        }
    }

    private static int centroids(Path csv, Path out) throws IOException {
        Map<String, ParsedArea> rows = read(csv);
        try (Writer w = gzipWriter(out)) {
            w.write("code,lat,lng\n");
            for (ParsedArea r : rows.values()) {
                w.write(r.code() + "," + fixed(r.lat(), 5) + "," + fixed(r.lng(), 5) + "\n");
            }
        }
        return rows.size();
    }

    /** Every accepted row by code, in code order; a rejected row stops the generator (the bundle must be whole). */
    private static Map<String, ParsedArea> read(Path file) throws IOException {
        Map<String, ParsedArea> rows = new TreeMap<>();
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            CoordinateFileReader.read(CoordinateFormat.detect(name, in.readNBytes(0)), in, new AreaRowSink() {
                @Override
                public void accept(ParsedArea row) {
                    rows.put(row.code(), row);
                }

                @Override
                public void reject(long rowNumber, String code, id.bpjstk.desasadar.base.error.RuleViolation reason) {
                    throw new IllegalStateException(name + " row " + rowNumber + " (" + code + "): " + reason);
                }
            });
        }
        return rows;
    }

    private static Map<String, String> names(Path geojson) throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (var feature : JSON.readTree(geojson.toFile()).get("features")) {
            names.put(feature.get("properties").get("code").asString(), feature.get("properties").get("name").asString());
        }
        return names;
    }

    private static Map<String, String> provinceNames() throws IOException {
        Map<String, String> names = new TreeMap<>();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/areas/provinces.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                names.put(r.get("code"), r.get("name"));
            }
        }
        return names;
    }

    /** Union of the full regency outlines per province (simplifying first would open gaps along shared borders). */
    private static Map<String, ParsedArea> dissolve(Map<String, ParsedArea> regencies) {
        Map<String, List<Geometry>> byProvince = new TreeMap<>();
        regencies.values().forEach(r -> byProvince.computeIfAbsent(r.code().substring(0, 2), k -> new ArrayList<>())
                .add(GeometryFixer.fix(r.boundary())));
        Map<String, ParsedArea> provinces = new LinkedHashMap<>();
        byProvince.forEach((code, parts) -> provinces.put(code,
                new ParsedArea(0, code, null, null, withoutSlivers(UnaryUnionOp.union(parts)))));
        return provinces;
    }

    private static Geometry withoutSlivers(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                List<LinearRing> holes = new ArrayList<>();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    LinearRing hole = p.getInteriorRingN(h);
                    if (GEOMETRY.createPolygon(hole).getArea() >= SLIVER_AREA) {
                        holes.add(hole);
                    }
                }
                polygons.add(GEOMETRY.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
            }
        }
        return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /**
     * Islets smaller than the tolerance both ways are left out (a handful of points each, invisible at the zooms these
     * outlines serve); the largest part always stays, so that an area of small islands keeps an outline.
     */
    private static Geometry withoutSpecks(Geometry g, double tolerance) {
        List<Polygon> kept = new ArrayList<>();
        Polygon largest = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (largest == null || p.getArea() > largest.getArea()) {
                largest = p;
            }
            var e = p.getEnvelopeInternal();
            if (e.getWidth() >= tolerance || e.getHeight() >= tolerance) {
                kept.add(p);
            }
        }
        if (kept.isEmpty() && largest != null) {
            kept.add(largest);
        }
        return GEOMETRY.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    private static void writeCollection(Path out, Map<String, ParsedArea> areas, Map<String, String> names, double tolerance)
            throws IOException {
        try (Writer w = gzipWriter(out)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            boolean first = true;
            for (ParsedArea a : areas.values()) {
                Geometry g = withoutSpecks(TopologyPreservingSimplifier.simplify(a.boundary(), tolerance), tolerance);
                w.write(first ? "" : ",\n");
                first = false;
                w.write("{\"type\":\"Feature\",\"properties\":{\"code\":" + JSON.writeValueAsString(a.code()) + ",\"name\":"
                        + JSON.writeValueAsString(names.getOrDefault(a.code(), a.code())) + "},\"geometry\":");
                w.write(multiPolygon(g));
                w.write('}');
            }
            w.write("\n]}\n");
        }
    }

    private static String multiPolygon(Geometry g) {
        var sb = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            sb.append(p == 0 ? "[" : ",[");
            ring(sb, polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                sb.append(',');
                ring(sb, polygon.getInteriorRingN(h));
            }
            sb.append(']');
        }
        return sb.append("]}").toString();
    }

    private static void ring(StringBuilder sb, LineString ring) {
        sb.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            sb.append(i == 0 ? "[" : ",[").append(fixed(cs[i].x, DECIMALS)).append(',').append(fixed(cs[i].y, DECIMALS)).append(']');
        }
        sb.append(']');
    }

    private static String fixed(double v, int decimals) {
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Writer gzipWriter(Path out) throws IOException {
        OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        };
        return new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
    }
}
