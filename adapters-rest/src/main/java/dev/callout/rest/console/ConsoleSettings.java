package dev.callout.rest.console;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The operator console's map tiles (callout.console.*). */
@ConfigurationProperties("callout.console")
public class ConsoleSettings {

    private String tileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    private String tileAttribution = "© OpenStreetMap contributors";

    /** A Leaflet tile URL template ({z}, {x}, {y}, optional {s}); empty: no tiles, the points on a plain background. */
    public String getTileUrl() {
        return tileUrl;
    }

    public void setTileUrl(String tileUrl) {
        this.tileUrl = tileUrl;
    }

    /** The credit the tile provider asks for, shown in the map's corner. */
    public String getTileAttribution() {
        return tileAttribution;
    }

    public void setTileAttribution(String tileAttribution) {
        this.tileAttribution = tileAttribution;
    }
}
