package id.bpjstk.desasadar.base.io;

/** Progress of a long job, as a fraction 0..1; called from the job's thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = fraction -> { };

    void update(double fraction);
}
