package id.bpjstk.desasadar.territory;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param folder   files in it are imported on every start (re-importing changes nothing)
 * @param upstream where to fetch the public wilayah_boundaries SQL files from, and for which provinces
 */
@ConfigurationProperties("app.import")
public record ImportSettings(String folder, Upstream upstream) {

    public record Upstream(String baseUrl, List<String> provinces) {
        public Upstream {
            provinces = provinces == null ? List.of() : provinces.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        }
    }

    public ImportSettings {
        upstream = upstream == null ? new Upstream("", List.of()) : upstream;
    }
}
