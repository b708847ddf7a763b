package id.bpjstk.desasadar.planning.route;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The vehicle-routing core on Google OR-Tools' routing library (docs/decisions/011-route-optimiser.md): one vehicle
 * per day (the team), leaving node 0 and returning there within the day's opening and closing (seconds from the
 * plan's first midnight); each stop is optional at a penalty above any plan's travel, so the solver serves as many
 * stops as fit first and then minimises the total driving time. Time-limited, so on a busy machine a plan of many
 * stops may come out slightly different from one run to the next; small plans converge to the same optimum.
 */
final class RouteSolver {

    private static volatile boolean loaded;

    /**
     * @param travel        seconds between points, point 0 the start, point i + 1 stop i
     * @param service       visit seconds of stop i
     * @param earliest      earliest visit start of stop i, or 0
     * @param latest        latest visit start of stop i, or the horizon
     * @param allowedDays   day indices stop i may go to, or null for any
     * @param position      locked 1-based position of stop i within its day, or 0
     */
    record Input(long[][] travel, long[] service, long[] dayOpens, long[] dayCloses, long[] earliest, long[] latest,
                 int[][] allowedDays, int[] position) {
    }

    /** @return per day, the stop indices in visiting order; a stop in no list was dropped */
    static List<List<Integer>> solve(Input in, Duration timeLimit) {
        loadNatives();
        int stops = in.service().length;
        int days = in.dayOpens().length;
        long horizon = in.dayCloses()[days - 1];
        RoutingIndexManager manager = new RoutingIndexManager(stops + 1, days, 0);
        RoutingModel routing = new RoutingModel(manager);

        int travelCallback = routing.registerTransitMatrix(in.travel());
        routing.setArcCostEvaluatorOfAllVehicles(travelCallback);

        long[][] timeMatrix = new long[stops + 1][stops + 1];
        for (int a = 0; a <= stops; a++) {
            for (int b = 0; b <= stops; b++) {
                timeMatrix[a][b] = (a == 0 ? 0 : in.service()[a - 1]) + in.travel()[a][b];
            }
        }
        // the time at a node is when its visit starts; slack = waiting for a window to open
        routing.addDimension(routing.registerTransitMatrix(timeMatrix), horizon, horizon, false, "time");
        RoutingDimension time = routing.getMutableDimension("time");
        for (int d = 0; d < days; d++) {
            time.cumulVar(routing.start(d)).setRange(in.dayOpens()[d], in.dayCloses()[d]);
            time.cumulVar(routing.end(d)).setRange(in.dayOpens()[d], in.dayCloses()[d]);
        }

        long dropPenalty = dropPenalty(in.travel(), days);
        boolean positions = false;
        for (int i = 0; i < stops; i++) {
            long index = manager.nodeToIndex(i + 1);
            time.cumulVar(index).setRange(in.earliest()[i], in.latest()[i]);
            routing.addDisjunction(new long[] {index}, dropPenalty);
            int[] allowed = in.allowedDays()[i];
            if (allowed != null) {
                // the vehicle variable also holds -1 (dropped): remove only the days the stop may not go to
                routing.vehicleVar(index).removeValues(IntStream.range(0, days)
                        .filter(d -> Arrays.stream(allowed).noneMatch(a -> a == d)).asLongStream().toArray());
            }
            positions |= in.position()[i] > 0;
        }
        if (positions) {
            // counts the stops before a node: a locked position p means exactly p - 1 stops before it that day
            long[] one = new long[stops + 1];
            Arrays.fill(one, 1, stops + 1, 1);
            routing.addDimension(routing.registerUnaryTransitVector(one), 0, stops + 1, true, "position");
            RoutingDimension position = routing.getMutableDimension("position");
            for (int i = 0; i < stops; i++) {
                if (in.position()[i] > 0) {
                    position.cumulVar(manager.nodeToIndex(i + 1)).setValue(in.position()[i] - 1);
                }
            }
        }

        Assignment solution = routing.solveWithParameters(parameters(timeLimit));
        List<List<Integer>> routes = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            List<Integer> route = new ArrayList<>();
            if (solution != null) {
                for (long index = solution.value(routing.nextVar(routing.start(d))); !routing.isEnd(index);
                     index = solution.value(routing.nextVar(index))) {
                    route.add(manager.indexToNode(index) - 1);
                }
            }
            routes.add(route);
        }
        return routes;
    }

    /**
     * Dropping a stop costs more than any whole plan could drive (every arc of it at the longest leg), so a plan
     * serving more stops always wins; but no more than that: guided local search scales its penalties by the
     * objective, and a huge constant (say 10⁹) there made it stall on plans that must leave stops out.
     */
    static long dropPenalty(long[][] travel, int days) {
        long longest = 1;
        for (long[] row : travel) {
            for (long t : row) {
                longest = Math.max(longest, t);
            }
        }
        return (travel.length + days) * longest + 1;
    }

    /**
     * Cheapest insertion builds all days at once (better than path-cheapest-arc once stops must be left out), then
     * guided local search improves until the time limit. Routing search is single-threaded. Other first-solution
     * strategies, metaheuristics, GLS λ and the optional insertion operators measured no better (decision 011).
     */
    private static RoutingSearchParameters parameters(Duration timeLimit) {
        return main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(timeLimit.toSeconds()).setNanos(timeLimit.toNanosPart()))
                .build();
    }

    /** Unpacks the native library from the jar once per JVM (a few hundred milliseconds, the first plan pays it). */
    private static void loadNatives() {
        if (!loaded) {
            synchronized (RouteSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
