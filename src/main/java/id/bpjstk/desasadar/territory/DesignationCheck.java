package id.bpjstk.desasadar.territory;

/** One criterion of the Desa Sadar designation, as computed from data (never typed in). */
public record DesignationCheck(Criterion criterion, State state) {

    public enum Criterion { VILLAGE_HEAD_ENROLLED, VILLAGE_STAFF_ENROLLED, SOCIALIZATION_HELD, SHARE_OF_POTENTIAL_ENROLLED }

    /** NOT_TRACKED: the data that decides it is not recorded by this installation yet. */
    public enum State { MET, NOT_MET, NOT_TRACKED }
}
