package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.partner.Funding;

/** The worker grid's filters; null means "any". {@code active} is judged for the current month. */
public record WorkerFilter(String areaCode, Occupation occupation, Boolean active, Funding funding, Long eventId,
                           Long agentId) {

    public static final WorkerFilter ALL = new WorkerFilter(null, null, null, null, null, null);

    public static WorkerFilter ofEvent(long eventId) {
        return new WorkerFilter(null, null, null, null, eventId, null);
    }
}
