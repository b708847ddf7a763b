package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Stores a company's UMKM binaan as sites of type {@code UMKM_BINAAN}, a batch at a time with one multi-row
 * {@code INSERT … ON DUPLICATE KEY UPDATE} on {@code uq_site_partner_key}: a row whose key the company already has
 * updates that site (same id, so the workers and events linked to it stay linked), any other row adds one. A key
 * repeated in the file updates the row of its first line. Modes and transactions: {@link BulkWriter}.
 *
 * <p>{@code LOAD DATA} cannot update, and {@code REPLACE} would delete the sites the workers point to; at 5,000 rows
 * a statement the insert is fast enough (docs/benchmarks.md, "UMKM binaan import").
 *
 * <p>The counts' {@code duplicates} are the rows that updated a UMKM already stored; they are not reported row by row
 * (a re-import of 108,000 UMKM would otherwise give a report of 108,000 lines saying nothing is wrong).
 */
final class UmkmBulkWriter extends BulkWriter<UmkmRow> {

    private static final String COLUMNS = "name, type, operator, estimated_workers, lat, lng, village_code, partner_id, owner_name,"
            + " address, partner_key";
    /** The point moves only when the village does: a marker someone placed by hand in the same village stays. */
    private static final String ON_DUPLICATE = """
             ON DUPLICATE KEY UPDATE name = VALUES(name), operator = VALUES(operator),
             estimated_workers = VALUES(estimated_workers),
             lat = IF(village_code = VALUES(village_code), lat, VALUES(lat)),
             lng = IF(village_code = VALUES(village_code), lng, VALUES(lng)),
             village_code = VALUES(village_code), owner_name = VALUES(owner_name), address = VALUES(address),
             version = version + 1""";

    private final long companyId;
    private final String companyName;
    private final ImportMode mode;
    private long updated;

    UmkmBulkWriter(DataSource dataSource, ImportMode mode, String createdBy, LocalDateTime now, RejectionReport report,
                   long companyId, String companyName) {
        super(dataSource, mode, createdBy, now, report);
        this.mode = mode;
        this.companyId = companyId;
        this.companyName = companyName;
    }

    @Override
    protected long store(List<Pending<UmkmRow>> batch) throws SQLException {
        if (doomed()) {
            return 0;
        }
        // the last row of a key repeated in the batch wins, as it would line by line
        Map<String, UmkmRow> byKey = new LinkedHashMap<>();
        batch.forEach(p -> byKey.put(p.row().key(), p.row()));
        Set<String> existing = stored(byKey.keySet());
        upsert(List.copyOf(byKey.values()));
        long added = byKey.size() - existing.size();
        updated += batch.size() - added;
        return added;
    }

    @Override
    public ImportCounts finish() {
        ImportCounts counts = super.finish();
        return new ImportCounts(counts.inserted(), doomed() ? 0 : updated, counts.rejected());
    }

    @Override
    public ImportCounts cancel() {
        ImportCounts counts = super.cancel();
        // accept-valid commits each batch as it is stored: what was updated stays updated
        return new ImportCounts(counts.inserted(), mode == ImportMode.ALL_OR_NOTHING ? 0 : updated, counts.rejected());
    }

    /** The keys of this batch the company already has (on this connection: earlier batches of the file included). */
    private Set<String> stored(Set<String> keys) throws SQLException {
        var sql = new StringBuilder("SELECT partner_key FROM site WHERE partner_id = ? AND partner_key IN (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement select = connection.prepareStatement(sql.append(')').toString())) {
            int p = 1;
            select.setLong(p++, companyId);
            for (String key : keys) {
                select.setString(p++, key);
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

    private void upsert(List<UmkmRow> rows) throws SQLException {
        var sql = new StringBuilder("INSERT INTO site (").append(COLUMNS).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,'UMKM_BINAAN',?,?,?,?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.append(ON_DUPLICATE).toString())) {
            int p = 1;
            for (UmkmRow r : rows) {
                insert.setString(p++, r.name());
                insert.setString(p++, companyName);
                if (r.estimatedWorkers() == null) {
                    insert.setNull(p++, Types.INTEGER);
                } else {
                    insert.setInt(p++, r.estimatedWorkers());
                }
                insert.setDouble(p++, r.lat());
                insert.setDouble(p++, r.lng());
                insert.setString(p++, r.villageCode());
                insert.setLong(p++, companyId);
                insert.setString(p++, r.owner());
                insert.setString(p++, r.address());
                insert.setString(p++, r.key());
            }
            insert.executeUpdate();
        }
    }
}
