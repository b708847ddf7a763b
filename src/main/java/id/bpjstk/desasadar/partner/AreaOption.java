package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.territory.AreaLevel;

/** An area as a form offers it: "35.78 Kota Surabaya". */
public record AreaOption(String code, String name, AreaLevel level) {

    public String label() {
        return code + " " + name;
    }
}
