package id.bpjstk.desasadar.territory;

/** A row that was not applied: where it is in the file, its code when readable, and why. */
public record ImportProblem(long row, String code, Kind kind, String reason) {
    public enum Kind { UNKNOWN_CODE, INVALID_ROW }
}
