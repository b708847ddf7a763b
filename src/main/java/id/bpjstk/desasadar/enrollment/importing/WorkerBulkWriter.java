package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.RejectionReport;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        List<WorkerRow> fresh = withoutDuplicates(batch);
        if (fresh.isEmpty() || doomed()) {
            return 0;
        }
        // new workers have no payments: their figures come from their values; their agents' months of activity are
        // taken before and after the batch (one difference written per batch)
        Set<Long> agents = new HashSet<>();
        fresh.forEach(r -> agents.add(r.agentId()));
        agents.remove(null);
        CoverageUpkeep.Change coverage = coverageDifferences.begin(connection, List.of(), agents);
        if ("insert".equals(System.getProperty("worker.writer"))) {
            insertRows(fresh);
        } else {
            loadRows(fresh);
        }
        fresh.forEach(r -> coverage.enrolled(r.villageCode(), r.mouId(), r.enrolledOn(), r.agentId()));
        coverageDifferences.add(connection, coverage);
        return fresh.size();
    }

    /** Drops (and reports) rows whose NIK is already stored or came earlier in this batch; one query per batch. */
    private List<WorkerRow> withoutDuplicates(List<Pending<WorkerRow>> batch) throws SQLException {
        Set<String> taken = registered(batch);
        List<WorkerRow> fresh = new ArrayList<>(batch.size());
        for (Pending<WorkerRow> p : batch) {
            if (taken.add(p.row().nik())) {
                fresh.add(p.row());
            } else {
                duplicate(p, "nik", new RuleViolation("worker.import.already-registered"));
            }
        }
        return fresh;
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

    private void insertRows(List<WorkerRow> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO worker (").append(COLUMNS).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (WorkerRow r : rows) {
                insert.setString(p++, r.nik());
                insert.setString(p++, r.fullName());
                insert.setString(p++, r.sex());
                insert.setDate(p++, Date.valueOf(r.birthDate()));
                insert.setString(p++, r.phone());
                insert.setString(p++, r.occupation());
                insert.setString(p++, r.villageCode());
                setLong(insert, p++, r.siteId());
                insert.setBoolean(p++, r.jht());
                insert.setInt(p++, r.incomeBand());
                insert.setString(p++, r.funding());
                setLong(insert, p++, r.mouId());
                insert.setDate(p++, Date.valueOf(r.enrolledOn()));
                setLong(insert, p++, r.eventId());
                setLong(insert, p++, r.agentId());
                insert.setString(p++, r.kpj());
                insert.setDate(p++, r.paidThrough() == null ? null : Date.valueOf(r.paidThrough()));
                insert.setDate(p++, r.activeFrom() == null ? null : Date.valueOf(r.activeFrom()));
                insert.setString(p++, createdAt);
                insert.setString(p++, createdBy);
            }
            insert.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
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
