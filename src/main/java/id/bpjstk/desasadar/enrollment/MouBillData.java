package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.partner.BillSource;
import id.bpjstk.desasadar.territory.AreaDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of workers and MoU payments the partner feature's subsidy bill reads (it cannot depend on enrollment).
 * The NIK handed out for display is masked with {@link PartnerMask#nik}, the rule of everything a partner sees of a worker (decision 014).
 */
@Component
class MouBillData implements BillSource {

    /** MariaDB's limit on placeholders is far above this; chunks keep each statement small. */
    private static final int CHUNK = 1_000;
    private static final String SELECT = """
            SELECT w.id, w.nik, w.full_name, w.village_code, w.income_band, w.jht, w.mou_id, w.enrolled_on
            FROM worker w""";

    private final JdbcTemplate jdbc;
    private final TariffService tariffs;
    private final AreaDirectory areas;

    MouBillData(JdbcTemplate jdbc, TariffService tariffs, AreaDirectory areas) {
        this.jdbc = jdbc;
        this.tariffs = tariffs;
        this.areas = areas;
    }

    @Override
    public List<BilledWorker> fundedBy(long mouId) {
        return named(jdbc.query(SELECT + " WHERE w.mou_id = ? ORDER BY w.village_code, w.full_name, w.id", MouBillData::worker, mouId));
    }

    @Override
    public List<BilledWorker> workers(Collection<Long> workerIds) {
        return named(chunked(new ArrayList<>(workerIds), chunk -> jdbc.query(SELECT + " WHERE w.id IN (" + marks(chunk.size()) + ")",
                MouBillData::worker, chunk.toArray())));
    }

    @Override
    public List<BilledWorker> withNiks(Collection<String> niks, Collection<Long> mouIds) {
        if (mouIds.isEmpty()) {
            return List.of();
        }
        return named(chunked(new ArrayList<>(niks), chunk -> {
            var args = new ArrayList<Object>(chunk);
            args.addAll(mouIds);
            return jdbc.query(SELECT + " WHERE w.nik IN (" + marks(chunk.size()) + ") AND w.mou_id IN (" + marks(mouIds.size()) + ")",
                    MouBillData::worker, args.toArray());
        }));
    }

    @Override
    public String parseNik(String typed) {
        return Nik.parse(typed).value();
    }

    @Override
    public List<MouPayment> paymentsBy(long mouId, YearMonth month) {
        return jdbc.query("SELECT worker_id, month, amount, paid_on FROM contribution WHERE payer_mou_id = ? AND month = ? ORDER BY worker_id",
                (rs, i) -> new MouPayment(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)), mouId, month.atDay(1));
    }

    @Override
    public Dues dues(YearMonth month, long incomeBand, boolean withJht) {
        ContributionBreakdown b = tariffs.contribution(month, incomeBand, withJht);
        return new Dues(b.jkk(), b.jkm(), b.jht(), b.discount(), b.total());
    }

    /** The worker without its village's name, which {@link #named} adds. */
    private static BilledWorker worker(ResultSet rs, int i) throws SQLException {
        String nik = rs.getString(2);
        return new BilledWorker(rs.getLong(1), nik, PartnerMask.nik(nik), rs.getString(3), rs.getString(4), null,
                rs.getLong(5), rs.getBoolean(6), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class));
    }

    /** The workers with their villages' names, read from territory once per thousand distinct villages (not per row). */
    private List<BilledWorker> named(List<BilledWorker> workers) {
        Map<String, String> names = areas.names(workers.stream().map(BilledWorker::villageCode).collect(Collectors.toSet()));
        return workers.stream().map(w -> new BilledWorker(w.id(), w.nik(), w.maskedNik(), w.name(), w.villageCode(),
                names.get(w.villageCode()), w.incomeBand(), w.jht(), w.mouId(), w.enrolledOn())).toList();
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static <T, R> List<R> chunked(List<T> all, java.util.function.Function<List<T>, List<R>> query) {
        var result = new ArrayList<R>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            result.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return result;
    }
}
