package id.bpjstk.desasadar.territory;

/** An area offered by a picker, with its parents' names so that two villages called "Sukamaju" can be told apart. */
public record AreaChoice(String code, String name, AreaLevel level, String parentNames) {

    public String label() {
        return parentNames == null || parentNames.isBlank() ? name + " (" + code + ")" : name + ", " + parentNames + " (" + code + ")";
    }
}
