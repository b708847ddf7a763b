package id.bpjstk.desasadar.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A saved plan as the planner and the plan list show it. */
public record PlanView(long id, long version, String title, String officer, String plannedBy, Set<Long> agentIds,
                       LocalDate firstDay, LocalDate lastDay, LocalTime dayStart, LocalTime dayEnd, StartPoint start,
                       double totalKm, List<Stop> stops, boolean editable) {

    /** A stop with its village's name and its event's state (an event may have been held or cancelled since). */
    public record Stop(PlanStop stop, String villageName, String eventStatus) {
    }
}
