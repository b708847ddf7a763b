package id.bpjstk.desasadar.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stored (frozen) subsidy bills of V034; written once per MoU and month, never updated. */
@Component
class IssuedBills {

    record Issued(long id, YearMonth month, LocalDateTime issuedAt) {
    }

    private static final String LINE_COLUMNS = """
            adjustment, for_month, worker_id, masked_nik, full_name, village_code, village_name, income_band, jht,
            jkk_amount, jkm_amount, jht_amount, discount, due, paid, payments, status""";

    private final JdbcTemplate jdbc;

    IssuedBills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the MoU's row until the transaction ends, so two readers do not issue the same bill together. */
    void lock(long mouId) {
        jdbc.queryForList("SELECT id FROM mou WHERE id = ? FOR UPDATE", Long.class, mouId);
    }

    Optional<Issued> find(long mouId, YearMonth month) {
        return jdbc.query("SELECT id, month, issued_at FROM subsidy_bill WHERE mou_id = ? AND month = ?", IssuedBills::issued,
                mouId, month.atDay(1)).stream().findFirst();
    }

    /** The issued bills of the MoU, oldest first. */
    List<Issued> of(long mouId) {
        return jdbc.query("SELECT id, month, issued_at FROM subsidy_bill WHERE mou_id = ? ORDER BY month", IssuedBills::issued, mouId);
    }

    /** A bill's own lines ({@code adjustment} false) or its adjustments. */
    List<BillLine> lines(long billId, boolean adjustment) {
        return jdbc.query("SELECT " + LINE_COLUMNS + " FROM subsidy_bill_line WHERE bill_id = ? AND adjustment = ? ORDER BY id",
                IssuedBills::line, billId, adjustment);
    }

    /** What the MoU's issued bills said of month {@code forMonth}: its own lines and the adjustments carried since. */
    List<BillLine> recorded(long mouId, YearMonth forMonth) {
        return jdbc.query("SELECT " + LINE_COLUMNS.replaceAll("(\\w+)", "l.$1") + """
                 FROM subsidy_bill_line l JOIN subsidy_bill b ON b.id = l.bill_id
                WHERE b.mou_id = ? AND l.for_month = ? ORDER BY b.month, l.id""", IssuedBills::line, mouId, forMonth.atDay(1));
    }

    void store(long mouId, YearMonth month, LocalDateTime issuedAt, String issuedBy, List<BillLine> lines, List<BillLine> adjustments) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO subsidy_bill (mou_id, month, issued_at, issued_by) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, mouId);
            s.setObject(2, month.atDay(1));
            s.setObject(3, issuedAt);
            s.setString(4, issuedBy);
            return s;
        }, key);
        long billId = key.getKey().longValue();
        var all = new java.util.ArrayList<>(lines);
        all.addAll(adjustments);
        jdbc.batchUpdate("INSERT INTO subsidy_bill_line (bill_id, " + LINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                all, 500, (s, l) -> {
                    s.setLong(1, billId);
                    s.setBoolean(2, l.adjustment());
                    s.setObject(3, l.forMonth().atDay(1));
                    s.setLong(4, l.workerId());
                    s.setString(5, l.maskedNik());
                    s.setString(6, l.name());
                    s.setString(7, l.villageCode());
                    s.setString(8, l.villageName());
                    s.setLong(9, l.incomeBand());
                    s.setBoolean(10, l.jht());
                    s.setLong(11, l.jkk());
                    s.setLong(12, l.jkm());
                    s.setLong(13, l.jhtAmount());
                    s.setLong(14, l.discount());
                    s.setLong(15, l.due());
                    s.setLong(16, l.paid());
                    s.setInt(17, l.payments());
                    s.setString(18, l.status().name());
                });
    }

    private static Issued issued(ResultSet rs, int i) throws SQLException {
        return new Issued(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getObject(3, LocalDateTime.class));
    }

    private static BillLine line(ResultSet rs, int i) throws SQLException {
        return new BillLine(rs.getBoolean(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getBoolean(9), rs.getLong(10), rs.getLong(11),
                rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getInt(16), BillStatus.valueOf(rs.getString(17)));
    }
}
