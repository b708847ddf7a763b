package id.bpjstk.desasadar.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A plan as the planner hands it over to be saved: the team (the responsible officer and the Perisai agents who go
 * along), the days and their working hours, the start point, and the stops in route order with their times.
 */
public record PlanDraft(String title, String officer, Set<Long> agentIds, LocalDate firstDay, LocalDate lastDay,
                        LocalTime dayStart, LocalTime dayEnd, StartPoint start, List<PlanStop> stops, double totalKm) {

    public PlanDraft {
        agentIds = agentIds == null ? Set.of() : Set.copyOf(agentIds);
        stops = stops == null ? List.of() : List.copyOf(stops);
    }
}
