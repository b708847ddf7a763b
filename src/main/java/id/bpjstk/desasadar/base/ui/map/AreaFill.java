package id.bpjstk.desasadar.base.ui.map;

/** How one area of a choropleth is filled ({@code #hex}) and what its tooltip says after its name (plain text). */
public record AreaFill(String color, String label) {

    public AreaFill {
        MapStyle.requireColor(color);
    }
}
