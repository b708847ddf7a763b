package id.bpjstk.desasadar.partner;

/**
 * How many workers are enrolled under a MoU. Implemented by the enrollment feature (a Spring bean); until
 * then no worker counts against any quota.
 */
public interface MouEnrollments {
    long enrolledUnder(long mouId);
}
