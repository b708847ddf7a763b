package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.io.CsvCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The downloads of the villages grid: every village of a query in the caller's scope, streamed row by row with the
 * grid's own filter and scope ({@link VillageProfileQueries}, decision 034).
 */
@Service
public class VillageExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final VillageProfileQueries villages;
    private final JdbcTemplate jdbc;

    VillageExport(VillageProfileQueries villages, JdbcTemplate jdbc) {
        this.villages = villages;
        this.jdbc = jdbc;
    }

    /** Every village of the query in scope, streamed as CSV (text cells neutralised against formulas). */
    @Transactional(readOnly = true)
    public void exportCsv(VillageQuery q, Writer out) throws IOException {
        var args = new ArrayList<Object>();
        String where = villages.where(q, args);
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("code", "name", "district", "regency",
                "status", "potential", "lat", "lng").get())) {
            if (where != null) {
                jdbc.query(VillageProfileQueries.SELECT + where + " ORDER BY a.code", rs -> {
                    VillageRow r = VillageProfileQueries.row(rs);
                    try {
                        csv.printRecord(r.code(), CsvCells.text(r.name()), CsvCells.text(r.districtName()),
                                CsvCells.text(r.regencyName()), r.status(), r.potential(), rs.getObject(7), rs.getObject(8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, args.toArray());
            }
        }
    }

    /** Every village of the query in scope with coordinates, streamed as a GeoJSON FeatureCollection of points. */
    @Transactional(readOnly = true)
    public void exportGeoJson(VillageQuery q, Writer out) throws IOException {
        var args = new ArrayList<Object>();
        String where = villages.where(q, args);
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        if (where != null) {
            var first = new boolean[] {true};
            jdbc.query(VillageProfileQueries.SELECT + where + " AND a.lat IS NOT NULL ORDER BY a.code", rs -> {
                VillageRow r = VillageProfileQueries.row(rs);
                var properties = new LinkedHashMap<String, Object>();
                properties.put("code", r.code());
                properties.put("name", r.name());
                properties.put("district", r.districtName());
                properties.put("regency", r.regencyName());
                properties.put("status", r.status().name());
                properties.put("potential", r.potential());
                try {
                    out.write((first[0] ? "" : ",") + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                            + rs.getDouble(8) + "," + rs.getDouble(7) + "]},\"properties\":" + JSON.writeValueAsString(properties) + "}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                first[0] = false;
            }, args.toArray());
        }
        out.write("]}");
        out.flush();
    }
}
