package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.ExportConnections;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.TableWriter;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * Exports the workers in the caller's scope that match a filter, and their contributions, as CSV or XLSX. The
 * rows come from the database through a cursor and go straight to the output, so an export of millions of rows
 * holds one row at a time. Same scope and masking as {@link WorkerQueries} ({@link PartnerMask}); text cells are neutralised against
 * formulas ({@link TableWriter}).
 *
 * <p>An export runs on one connection of the exports' own pool ({@link ExportConnections}, decision 026), never on the
 * pool that serves pages: a partner's export is audited first over it, committed at once so that the record stays
 * when the download is cut, and then the long read-only transaction reads over the same connection.
 */
@Service
public class WorkerExport {

    /** Rows fetched per round trip; MariaDB's driver streams the result set when a fetch size is set. */
    static final int FETCH_SIZE = 1_000;

    public static final List<String> WORKER_COLUMNS = List.of("nik", "nama", "jenis_kelamin", "tanggal_lahir", "telepon", "pekerjaan",
            "kode_desa", "desa", "jht", "penghasilan", "sumber_dana", "mou_id", "tanggal_daftar", "agen_id", "kpj", "dibayar_sampai",
            "aktif", "status_sejak");
    /** A partner's columns: the birth year in place of the birth date ({@link PartnerMask}). */
    public static final List<String> PARTNER_WORKER_COLUMNS = WORKER_COLUMNS.stream()
            .map(c -> c.equals("tanggal_lahir") ? "tahun_lahir" : c).toList();
    public static final List<String> CONTRIBUTION_COLUMNS = List.of("nik", "nama", "kode_desa", "bulan", "jumlah", "jumlah_tarif",
            "alasan", "tanggal_bayar", "pembayar", "mou_id", "agen_id");

    private final WorkerScope scope;
    private final ExportConnections connections;

    WorkerExport(WorkerScope scope, ExportConnections connections) {
        this.scope = scope;
        this.connections = connections;
    }

    /** Writes the workers matching the filter that the caller sees, in village order. Leaves {@code out} open. */
    public void workers(WorkerFilter filter, ExportFormat format, OutputStream out) {
        WorkerScope.Reader reader = scope.reader();
        connections.export(db -> scope.auditPartnerRead(reader, "worker.export", filter.toString(), db),
                db -> writeWorkers(db, filter, format, out, reader));
    }

    private void writeWorkers(JdbcOperations db, WorkerFilter filter, ExportFormat format, OutputStream out, WorkerScope.Reader reader) {
        try (TableWriter table = TableWriter.open(format, out, "Peserta", reader.masked() ? PARTNER_WORKER_COLUMNS : WORKER_COLUMNS)) {
            stream(db, WorkerScope.SELECT_VIEW, " ORDER BY w.village_code, w.id", filter, reader, rs -> {
                WorkerView w = scope.view(rs, reader);
                table.row(Arrays.asList(w.nik(), w.fullName(), w.sex() == Sex.FEMALE ? "P" : "L",
                        reader.masked() ? w.birthYear() : w.birthDate(), w.phone(),
                        w.occupation().name(), w.villageCode(), w.villageName(), w.jht() ? "ya" : "tidak", w.incomeBand(),
                        w.funding().name(), w.mouId(), w.enrolledOn(), w.agentId(), w.kpj(), w.paidThrough(),
                        w.active() ? "ya" : "tidak", w.statusSince()));
            });
        }
    }

    /** Writes every paid month of the workers matching the filter that the caller sees. Leaves {@code out} open. */
    public void contributions(WorkerFilter filter, ExportFormat format, OutputStream out) {
        WorkerScope.Reader reader = scope.reader();
        connections.export(db -> scope.auditPartnerRead(reader, "contribution.export", filter.toString(), db),
                db -> writeContributions(db, filter, out, format, reader));
    }

    private void writeContributions(JdbcOperations db, WorkerFilter filter, OutputStream out, ExportFormat format,
                                    WorkerScope.Reader reader) {
        try (TableWriter table = TableWriter.open(format, out, "Iuran", CONTRIBUTION_COLUMNS)) {
            stream(db, """
                    SELECT w.nik, w.full_name, w.village_code, c.month, c.amount, c.computed_amount, c.override_reason, c.paid_on,
                           c.payer, c.payer_mou_id, c.payer_agent_id
                    FROM worker w JOIN contribution c ON c.worker_id = w.id""", " ORDER BY w.village_code, w.id, c.month", filter, reader,
                    rs -> table.row(Arrays.asList(reader.nik(rs.getString(1)), rs.getString(2), rs.getString(3),
                            YearMonth.from(rs.getObject(4, LocalDate.class)), rs.getLong(5), rs.getLong(6), rs.getString(7),
                            rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, Long.class), rs.getObject(11, Long.class))));
        }
    }

    private void stream(JdbcOperations db, String select, String orderBy, WorkerFilter filter, WorkerScope.Reader reader, RowCallbackHandler rows) {
        WorkerScope.Where where = scope.where(filter, reader);
        if (where == null) {
            return;
        }
        List<Object> args = new ArrayList<>(where.args());
        db.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(select + " WHERE " + where.sql() + orderBy,
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, rows);
    }
}
