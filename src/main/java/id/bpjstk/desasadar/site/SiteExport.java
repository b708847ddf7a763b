package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.io.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The downloads of the sites in the caller's scope, as {@link SiteQueries#listAll} reads them (decision 034). */
@Service
public class SiteExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteQueries sites;

    SiteExport(SiteQueries sites) {
        this.sites = sites;
    }

    /** The sites in scope as CSV (text cells neutralised against spreadsheet formulas). */
    public void exportCsv(Writer out) throws IOException {
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("id", "name", "type", "commodity", "operator", "estimated_workers", "contact", "lat", "lng",
                        "village_code", "village_name").get())) {
            for (SiteView s : sites.listAll()) {
                csv.printRecord(s.id(), text(s.name()), s.type(), text(s.commodity()), text(s.operator()), s.estimatedWorkers(),
                        text(s.contact()), s.lat(), s.lng(), s.villageCode(), text(s.villageName()));
            }
        }
    }

    /** The sites in scope as a GeoJSON FeatureCollection of points. */
    public void exportGeoJson(Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (SiteView s : sites.listAll()) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put("id", s.id());
            properties.put("name", s.name());
            properties.put("type", s.type().name());
            properties.put("commodity", s.commodity());
            properties.put("operator", s.operator());
            properties.put("estimated_workers", s.estimatedWorkers());
            properties.put("contact", s.contact());
            properties.put("village_code", s.villageCode());
            out.write(first ? "" : ",");
            first = false;
            out.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + s.lng() + "," + s.lat()
                    + "]},\"properties\":" + JSON.writeValueAsString(properties) + "}");
        }
        out.write("]}");
        out.flush();
    }

    private static String text(String value) {
        return CsvCells.text(value);
    }
}
