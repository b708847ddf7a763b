package id.bpjstk.desasadar.outreach;

import java.time.LocalDate;

/**
 * The Perisai rule: an agent with no acquisition for three consecutive months becomes inactive, from
 * the day three months after their last acquisition (or their start, or their reactivation by an
 * administrator, whichever is latest). Computed from data, never stored.
 *
 * @param inactiveSince null while active
 */
public record AgentActivity(boolean active, LocalDate inactiveSince) {

    public static AgentActivity of(LocalDate start, LocalDate lastAcquisition, LocalDate reactivatedOn, LocalDate today) {
        LocalDate lastSign = start;
        if (lastAcquisition != null && lastAcquisition.isAfter(lastSign)) {
            lastSign = lastAcquisition;
        }
        if (reactivatedOn != null && reactivatedOn.isAfter(lastSign)) {
            lastSign = reactivatedOn;
        }
        LocalDate dropsOn = lastSign.plusMonths(3);
        return today.isBefore(dropsOn) ? new AgentActivity(true, null) : new AgentActivity(false, dropsOn);
    }
}
