package id.bpjstk.desasadar.territory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Map tiles: any XYZ template; blank means a plain background. */
@ConfigurationProperties("app.map")
public record MapSettings(String tileUrl, String tileAttribution) {
}
