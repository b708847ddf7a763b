package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.territory.DesignationStatus;
import java.util.List;

/**
 * A village in the ranked list: its rank among the villages ranked (1 = visit first, unchanged by the view's
 * filters), its score (the sum of the components' points), every component and the reasons in words.
 */
public record VillagePriority(int rank, String code, String name, String districtName, DesignationStatus status,
                              Double lat, Double lng, double score, List<ComponentScore> components, List<Reason> reasons) {

    public VillagePriority {
        components = List.copyOf(components);
        reasons = List.copyOf(reasons);
    }

    public double points(PriorityComponent c) {
        return components.stream().filter(s -> s.component() == c).mapToDouble(ComponentScore::points).sum();
    }
}
