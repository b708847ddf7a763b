package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.enrollment.ContributionRules;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.TariffSchedule;
import id.bpjstk.desasadar.enrollment.ValidContribution;
import id.bpjstk.desasadar.enrollment.WorkerActivity;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Stores contribution rows batch by batch: per batch one query for the workers by NIK and one for the months
 * already paid, then every rule of {@link ContributionRules}, one multi-row insert, and the activity of the
 * workers touched recomputed ({@link WorkerActivity}). A month already paid with the same amount is "already
 * recorded" (a re-import adds nothing); with another amount, or twice in this file, the row is rejected. (Once an
 * all-or-nothing import is doomed nothing more is stored, so a month repeated in a later batch is then found only
 * within its batch.)
 *
 * <p>Runs in READ COMMITTED (issue 13 item 12): under REPEATABLE READ the share-mode reads of the batch's payments
 * ({@link WorkerActivity#refresh}, the coverage footprints) left gap locks between the file's workers in
 * {@code uq_contribution_worker_month} until the import's commit, so a payment entered on the form for a worker
 * the file does not name, whose months fall into such a gap, waited for a whole all-or-nothing import and timed
 * out. Without gap locks only the rows of the file's own workers stay locked: their payments on the form wait
 * for the import (the worker's row is locked, as a payment's check of the months already paid needs).
 */
final class ContributionBulkWriter extends BulkWriter<ContributionLine> {

    private static final String COLUMNS = "worker_id, month, amount, computed_amount, override_reason, paid_on, payer, payer_mou_id,"
            + " payer_agent_id, created_at, created_by";

    private final TariffSchedule tariffs;
    private final AreaScope scope;
    private final Set<Long> agentsInScope;
    private final LocalDate today;
    /** Rows of this import have ids from here on (and its user as creator): how an earlier line of the file is told apart. */
    private long firstStoredId = Long.MAX_VALUE;

    private record Payee(ContributionRules.Payee facts, String villageCode) {
    }

    private record Key(long workerId, YearMonth month) {
    }

    private record Stored(long amount, boolean thisImport) {
    }

    private record Candidate(Pending<ContributionLine> pending, ValidContribution valid) {
        Key key() {
            return new Key(valid.workerId(), valid.month());
        }
    }

    ContributionBulkWriter(DataSource dataSource, ImportMode mode, String createdBy, LocalDateTime now, RejectionReport report,
                           TariffSchedule tariffs, AreaScope scope, Set<Long> agentsInScope) {
        super(dataSource, mode, createdBy, now, report);
        readCommitted();
        this.tariffs = tariffs;
        this.scope = scope;
        this.agentsInScope = agentsInScope;
        this.today = now.toLocalDate();
    }

    @Override
    protected long store(List<Pending<ContributionLine>> rows) throws SQLException {
        List<Candidate> valid = validate(rows, workersByNik(rows));
        if (valid.isEmpty()) {
            return 0;
        }
        Set<Long> workerIds = new TreeSet<>(valid.stream().map(c -> c.valid().workerId()).toList());
        WorkerActivity.lock(connection, workerIds);
        Map<Key, Stored> stored = stored(workerIds);
        Set<Key> inBatch = new HashSet<>();
        List<ValidContribution> fresh = new ArrayList<>();
        for (Candidate c : valid) {
            Stored earlier = stored.get(c.key());
            if (!inBatch.add(c.key()) || (earlier != null && earlier.thisImport())) {
                reject(c.pending(), "bulan", new RuleViolation("contribution.import.error.twice-in-file"));
            } else if (earlier != null && earlier.amount() == c.valid().amount()) {
                duplicate(c.pending(), "bulan", new RuleViolation("contribution.import.already-recorded"));
            } else if (earlier != null) {
                reject(c.pending(), "jumlah", new RuleViolation("contribution.import.error.paid-differently", earlier.amount()));
            } else {
                fresh.add(c.valid());
            }
        }
        if (fresh.isEmpty() || doomed()) {
            return 0;
        }
        Set<Long> paidFor = new TreeSet<>(fresh.stream().map(ValidContribution::workerId).toList());
        // the batch's workers' figures before and after its payments: one difference written per batch
        CoverageUpkeep.Change coverage = coverageDifferences.begin(connection, paidFor, List.of());
        insert(fresh);
        WorkerActivity.refresh(connection, paidFor);
        coverageDifferences.add(connection, coverage);
        return fresh.size();
    }

    private List<Candidate> validate(List<Pending<ContributionLine>> rows, Map<String, Payee> workers) {
        List<Candidate> valid = new ArrayList<>(rows.size());
        for (Pending<ContributionLine> p : rows) {
            ContributionLine line = p.row();
            Payee payee = workers.get(line.nik());
            if (payee == null || !scope.includes(payee.villageCode())) {
                reject(p, "nik", new RuleViolation("contribution.import.error.worker-unknown"));
                continue;
            }
            Long payerId = switch (line.payer()) {
                case WORKER -> null;
                case MOU -> payee.facts().mouId();
                case AGENT -> payee.facts().agentId();
            };
            if (line.payer() != Payer.WORKER && payerId == null) {
                reject(p, "pembayar", new RuleViolation(line.payer() == Payer.MOU ? "contribution.import.error.no-mou"
                        : "contribution.import.error.no-agent"));
                continue;
            }
            try {
                valid.add(new Candidate(p, ContributionRules.validate(tariffs, payee.facts(), line.month(), line.amount(), line.reason(),
                        line.paidOn(), line.payer(), payerId, today, agentsInScope::contains)));
            } catch (RuleViolation e) {
                reject(p, columnOf(e.messageKey()), e);
            }
        }
        return valid;
    }

    private void reject(Pending<ContributionLine> p, String column, RuleViolation reason) {
        reject(p.line(), column, reason, p.original());
    }

    private static String columnOf(String messageKey) {
        return switch (messageKey) {
            case "contribution.error.paid-on" -> "tanggal_bayar";
            case "contribution.error.amount", "contribution.error.reason-required" -> "jumlah";
            case "contribution.error.reason-too-long" -> "alasan";
            case "contribution.error.mou-not-funding", "contribution.error.agent-not-workers" -> "pembayar";
            default -> "bulan"; // the month's own rules and the month's tariffs
        };
    }

    private Map<String, Payee> workersByNik(List<Pending<ContributionLine>> rows) throws SQLException {
        Set<String> niks = new HashSet<>();
        rows.forEach(p -> niks.add(p.row().nik()));
        Map<String, Payee> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, nik, village_code, enrolled_on, income_band, jht,"
                + " mou_id, agent_id FROM worker WHERE nik IN (" + marks(niks.size()) + ")")) {
            int i = 1;
            for (String nik : niks) {
                select.setString(i++, nik);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new Payee(new ContributionRules.Payee(rs.getLong(1), rs.getObject(4, LocalDate.class),
                            rs.getLong(5), rs.getBoolean(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class)), rs.getString(3)));
                }
            }
        }
        return found;
    }

    private Map<Key, Stored> stored(Set<Long> workerIds) throws SQLException {
        Map<Key, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT worker_id, month, amount, id, created_by FROM contribution"
                + " WHERE worker_id IN (" + marks(workerIds.size()) + ")")) {
            int i = 1;
            for (long id : workerIds) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(new Key(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class))),
                            new Stored(rs.getLong(3), rs.getLong(4) >= firstStoredId && createdBy.equals(rs.getString(5))));
                }
            }
        }
        return stored;
    }

    private void insert(List<ValidContribution> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO contribution (").append(COLUMNS).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (ValidContribution c : rows) {
                insert.setLong(p++, c.workerId());
                insert.setDate(p++, Date.valueOf(c.month().atDay(1)));
                insert.setLong(p++, c.amount());
                insert.setLong(p++, c.computedAmount());
                insert.setString(p++, c.overrideReason());
                insert.setDate(p++, Date.valueOf(c.paidOn()));
                insert.setString(p++, c.payer().name());
                setLong(insert, p++, c.payerMouId());
                setLong(insert, p++, c.payerAgentId());
                insert.setString(p++, createdAt);
                insert.setString(p++, createdBy);
            }
            insert.executeUpdate();
        }
        if (firstStoredId == Long.MAX_VALUE) {
            firstStoredId = firstIdOfLastInsert(connection);
        }
    }

    /** MariaDB's LAST_INSERT_ID() is the id of the first row of the last multi-row insert on this connection. */
    private static long firstIdOfLastInsert(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
