package id.bpjstk.desasadar.coverage.ui;

/** The yardsticks a target is set for (issue 10, item 4). */
public enum Measure {
    NEW_PARTICIPANTS, ACTIVE_PARTICIPANTS, CONTRIBUTIONS, AGENTS_RECRUITED, VILLAGES_DESIGNATED
}
