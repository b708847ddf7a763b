package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.territory.VillagePotentials;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How every write keeps the coverage store current, in its own transaction: before changing workers, agents or
 * events, {@link #begin} takes their footprint in the store (and locks their rows); after the change,
 * {@link Change#apply} takes it again and writes the difference. A worker's village, MoU, enrolment date and payments,
 * an agent's acquisitions and reactivation, an event's status and attendance all move figures this way, whatever
 * changed. Services call the {@link JdbcTemplate} forms (which join the Spring transaction); the bulk import writers
 * call the {@link Connection} forms on their own connection, once per batch.
 *
 * <p>Name every agent whose acquisitions may change: the old and the new agent of an edited worker, the agent of a
 * new one.
 */
public final class CoverageUpkeep {

    private CoverageUpkeep() {
    }

    public static Change begin(Connection connection, Collection<Long> workerIds, Collection<Long> agentIds,
                               Collection<Long> eventIds) throws SQLException {
        Change change = new Change(ids(workerIds), ids(agentIds), ids(eventIds));
        Footprints.workers(connection, change.workers, -1, change.cells, change.signs);
        Footprints.agents(connection, change.agents, -1, change.cells);
        Footprints.events(connection, change.events, -1, change.cells);
        return change;
    }

    public static Change begin(JdbcTemplate jdbc, Collection<Long> workerIds, Collection<Long> agentIds, Collection<Long> eventIds) {
        return jdbc.execute((ConnectionCallback<Change>) c -> begin(c, workerIds, agentIds, eventIds));
    }

    private static Set<Long> ids(Collection<Long> ids) {
        Set<Long> set = new TreeSet<>();
        for (Long id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
        return set;
    }

    /**
     * Differences of several changes of one transaction, written together just before it commits: an import stages
     * its batches' differences in a temporary table on its connection, so that the shared rows (the nation's, a province's) are locked only for the
     * moment of the commit and not for the whole of an all-or-nothing import.
     */
    public static final class Pending {

        private boolean staged;
        private long nanos;

        /** {@link CoverageUpkeep#begin}, timed. */
        public Change begin(Connection connection, Collection<Long> workerIds, Collection<Long> agentIds) throws SQLException {
            long start = System.nanoTime();
            Change change = CoverageUpkeep.begin(connection, workerIds, agentIds, List.of());
            nanos += System.nanoTime() - start;
            return change;
        }

        /** Takes the footprints after {@code change} and stages its difference on the connection. */
        public void add(Connection connection, Change change) throws SQLException {
            long start = System.nanoTime();
            change.after(connection);
            staged |= change.cells.stage(connection);
            nanos += System.nanoTime() - start;
        }

        /** Writes what was staged since the last write; call just before the commit. */
        public void write(Connection connection) throws SQLException {
            if (staged) {
                long start = System.nanoTime();
                Cells.mergeStaged(connection);
                staged = false;
                nanos += System.nanoTime() - start;
            }
        }

        /** Time spent keeping the store so far (the import's log reports it: issue 10 bounds it at 15 % of an import). */
        public long millis() {
            return nanos / 1_000_000;
        }

        /** Forgets what was staged (the transaction, staged rows included, was rolled back). */
        public void clear() {
            staged = false;
        }
    }

    /** A change in progress: the footprints taken before it, and what was created since. */
    public static final class Change {

        private final Set<Long> workers;
        private final Set<Long> agents;
        private final Set<Long> events;
        private final Set<Long> createdWorkers = new LinkedHashSet<>();
        private final Set<Long> createdAgents = new LinkedHashSet<>();
        private final Set<Long> createdEvents = new LinkedHashSet<>();
        private final Cells cells = new Cells();
        private final List<Enrolled> enrolled = new ArrayList<>();

        private final java.util.Map<Footprints.AgentSign, Long> signs = new java.util.HashMap<>();

        private record Enrolled(String village, Long mouId, LocalDate on, Long agentId) {
        }

        private Change(Set<Long> workers, Set<Long> agents, Set<Long> events) {
            this.workers = workers;
            this.agents = agents;
            this.events = events;
        }

        /** Workers, agents or events created by the change (they had no footprint before it). */
        public Change created(Collection<Long> workerIds, Collection<Long> agentIds, Collection<Long> eventIds) {
            createdWorkers.addAll(ids(workerIds));
            createdAgents.addAll(ids(agentIds));
            createdEvents.addAll(ids(eventIds));
            return this;
        }

        /**
         * A worker the change inserted without payments, given by its values rather than its id (the bulk import
         * loads rows whose ids it does not learn). Its agent (null: none) must have been named to {@link #begin}.
         */
        public Change enrolled(String villageCode, Long mouId, LocalDate enrolledOn, Long agentId) {
            enrolled.add(new Enrolled(villageCode, mouId, enrolledOn, agentId));
            return this;
        }

        /** Adds the footprints after the change and writes the difference to the store. */
        public void apply(Connection connection) throws SQLException {
            after(connection);
            cells.write(connection);
        }

        private void after(Connection connection) throws SQLException {
            Set<String> withPotential = VillagePotentials.villagesWithPotential(connection, enrolled.stream().map(Enrolled::village).toList());
            for (Enrolled e : enrolled) {
                Footprints.worker(cells, 1, e.village(), e.mouId(), e.on(), List.of(), withPotential.contains(e.village()), e.agentId(), signs);
            }
            enrolled.clear();
            Footprints.workers(connection, union(workers, createdWorkers), 1, cells, signs);
            // the agents' acquisitions as they are now, before their footprints are taken again
            Footprints.writeSigns(connection, signs);
            signs.clear();
            Footprints.agents(connection, union(agents, createdAgents), 1, cells);
            Footprints.events(connection, union(events, createdEvents), 1, cells);
        }

        public void apply(JdbcTemplate jdbc) {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                apply(c);
                return null;
            });
        }

        private static Set<Long> union(Set<Long> a, Set<Long> b) {
            Set<Long> all = new TreeSet<>(a);
            all.addAll(b);
            return all;
        }
    }
}
