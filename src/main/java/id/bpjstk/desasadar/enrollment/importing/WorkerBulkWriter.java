package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.enrollment.WorkerField;
import id.bpjstk.desasadar.partner.MouFunding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Stores already-validated worker rows as fast as MariaDB allows, in batches, skipping (and reporting
 * as "already registered") every row whose NIK is in the table or earlier in the same file. Modes and
 * transactions: {@link BulkWriter}.
 */
public final class WorkerBulkWriter extends BulkWriter<WorkerRow> {

    public static final int BATCH_SIZE = BulkWriter.BATCH_SIZE;

    static final String COLUMNS = "nik, full_name, sex, birth_date, phone, occupation, village_code, village_role, site_id, jht, income_band,"
            + " funding, mou_id, enrolled_on, event_id, agent_id, kpj, paid_through, active_from, created_at, created_by";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BATCH_SIZE * 200);

    /**
     * @param report receives every rejected and every duplicate row
     */
    public WorkerBulkWriter(DataSource dataSource, ImportMode mode, String createdBy, LocalDateTime now, RejectionReport report) {
        super(dataSource, mode, createdBy, now, report);
    }

    @Override
    protected long store(List<Pending<WorkerRow>> batch) throws SQLException {
        List<Pending<WorkerRow>> placed = withinQuotas(withoutTakenKpjs(withoutDuplicates(batch)));
        if (placed.isEmpty() || doomed()) {
            return 0;
        }
        List<WorkerRow> fresh = placed.stream().map(Pending::row).toList();
        // new workers have no payments: their figures come from their values; their agents' months of activity are
        // taken before and after the batch (one difference written per batch)
        Set<Long> agents = new HashSet<>();
        fresh.forEach(r -> agents.add(r.agentId()));
        agents.remove(null);
        CoverageUpkeep.Change coverage = coverageDifferences.begin(connection, List.of(), agents);
        loadRows(fresh);
        fresh.forEach(r -> coverage.enrolled(r.villageCode(), r.mouId(), r.enrolledOn(), r.agentId()));
        coverageDifferences.add(connection, coverage);
        return fresh.size();
    }

    /** Drops (and reports) rows whose NIK is already stored or came earlier in this batch; one query per batch. */
    private List<Pending<WorkerRow>> withoutDuplicates(List<Pending<WorkerRow>> batch) throws SQLException {
        Set<String> taken = registered(batch);
        List<Pending<WorkerRow>> fresh = new ArrayList<>(batch.size());
        for (Pending<WorkerRow> p : batch) {
            if (taken.add(p.row().nik())) {
                fresh.add(p);
            } else {
                duplicate(p, "nik", new RuleViolation("worker.import.already-registered"));
            }
        }
        return fresh;
    }

    /**
     * Drops (and rejects, as the form does) the rows whose KPJ number another worker has, stored or earlier in this
     * batch; one query per batch. Without it the batch's LOAD DATA skipped such rows and the whole import failed.
     */
    private List<Pending<WorkerRow>> withoutTakenKpjs(List<Pending<WorkerRow>> rows) throws SQLException {
        List<String> kpjs = rows.stream().map(p -> p.row().kpj()).filter(java.util.Objects::nonNull).toList();
        if (kpjs.isEmpty()) {
            return rows;
        }
        Set<String> taken = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT kpj FROM worker WHERE kpj IN ("
                + String.join(",", java.util.Collections.nCopies(kpjs.size(), "?")) + ")")) {
            for (int i = 0; i < kpjs.size(); i++) {
                select.setString(i + 1, kpjs.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        List<Pending<WorkerRow>> free = new ArrayList<>(rows.size());
        for (Pending<WorkerRow> p : rows) {
            String kpj = p.row().kpj();
            if (kpj != null && !taken.add(kpj)) {
                reject(p.line(), WorkerField.KPJ.column(), new RuleViolation("worker.error.kpj-duplicate"), p.original());
            } else {
                free.add(p);
            }
        }
        return free;
    }

    /**
     * Drops (and rejects) the rows that would take a MoU past its quota. The MoU rows are locked as the form locks them
     * ({@code PartnerService.checkFunding}, in id order so that two imports never wait for each other in a circle) and
     * the places counted from what is stored: the import context counted only what was free when this import began,
     * so two imports and the form could otherwise together exceed a quota (issue 13, item 11). The lock lasts until the
     * batch commits; in an all-or-nothing import until the import ends, and a form enrolment on the same MoU waits.
     */
    private List<Pending<WorkerRow>> withinQuotas(List<Pending<WorkerRow>> rows) throws SQLException {
        Set<Long> mouIds = new TreeSet<>();
        rows.stream().map(p -> p.row().mouId()).filter(java.util.Objects::nonNull).forEach(mouIds::add);
        if (mouIds.isEmpty()) {
            return rows;
        }
        String ids = String.join(",", mouIds.stream().map(String::valueOf).toList()); // numbers from the database
        Map<Long, long[]> places = new HashMap<>(); // MoU id -> {quota, taken}
        Map<Long, String> numbers = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, quota, number FROM mou WHERE id IN (" + ids + ") ORDER BY id FOR UPDATE")) {
                while (rs.next()) {
                    places.put(rs.getLong(1), new long[] {rs.getLong(2), 0});
                    numbers.put(rs.getLong(1), rs.getString(3));
                }
            }
            // locking, like the form's count: it sees what others committed while this import waited for the MoU rows
            try (ResultSet rs = s.executeQuery("SELECT mou_id, COUNT(*) FROM worker WHERE mou_id IN (" + ids + ") GROUP BY mou_id"
                    + " LOCK IN SHARE MODE")) {
                while (rs.next()) {
                    places.get(rs.getLong(1))[1] = rs.getLong(2);
                }
            }
        }
        List<Pending<WorkerRow>> placed = new ArrayList<>(rows.size());
        for (Pending<WorkerRow> p : rows) {
            long[] mou = p.row().mouId() == null ? null : places.get(p.row().mouId());
            try {
                if (mou != null) {
                    MouFunding.checkQuota(numbers.get(p.row().mouId()), mou[0], mou[1], 1);
                    mou[1]++;
                }
                placed.add(p);
            } catch (RuleViolation e) {
                reject(p.line(), WorkerField.MOU.column(), e, p.original());
            }
        }
        return placed;
    }

    private Set<String> registered(List<Pending<WorkerRow>> batch) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT nik FROM worker WHERE nik IN (");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement select = connection.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).row().nik());
            }
            Set<String> found = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    private void loadRows(List<WorkerRow> rows) throws SQLException {
        buffer.reset();
        for (WorkerRow r : rows) {
            text(r.nik()).text(r.fullName()).text(r.sex()).text(r.birthDate()).text(r.phone()).text(r.occupation())
                    .text(r.villageCode()).text(r.villageRole()).text(r.siteId()).text(r.jht() ? "1" : "0").text(Integer.toString(r.incomeBand()))
                    .text(r.funding()).text(r.mouId()).text(r.enrolledOn()).text(r.eventId()).text(r.agentId()).text(r.kpj())
                    .text(r.paidThrough()).text(r.activeFrom()).text(createdAt).text(createdBy);
            buffer.write('\n');
            firstField = true;
        }
        try (Statement load = connection.createStatement()) {
            load.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(buffer.toByteArray()));
            int stored = load.executeUpdate("LOAD DATA LOCAL INFILE 'worker-batch' INTO TABLE worker CHARACTER SET utf8mb4 ("
                    + COLUMNS + ")");
            if (stored != rows.size()) {
                throw new SQLException("LOAD DATA stored " + stored + " of " + rows.size() + " rows");
            }
        }
    }

    private boolean firstField = true;

    private WorkerBulkWriter text(Object value) {
        if (!firstField) {
            buffer.write('\t');
        }
        firstField = false;
        if (value == null) {
            buffer.write('\\');
            buffer.write('N');
            return this;
        }
        String s = value instanceof LocalDate d ? d.toString() : value.toString();
        if (s.indexOf('\\') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) {
            // LOAD DATA's default escapes; a quoted name may contain a line break
            s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }
        buffer.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }
}
