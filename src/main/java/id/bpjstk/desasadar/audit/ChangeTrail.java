package id.bpjstk.desasadar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows of {@code audit_change} on a given connection, so that a change and its record commit or roll back
 * together; and reads their field lists back.
 */
@Component
class ChangeTrail {

    /** Who changed something when nobody is signed in: a scheduled job, the start of the application. */
    static final String SYSTEM = "system";
    static final int USERNAME_MAX = 60;
    static final int KIND_MAX = 30;
    static final int RECORD_MAX = 40;
    /** A longer value (a long note) is cut: the trail says what changed, it is not a copy of every text. */
    static final int VALUE_MAX = 2_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> FIELDS = new TypeReference<>() {
    };

    enum Operation { INSERT, UPDATE, DELETE, IMPORT }

    /** One row: a record's changed fields in one transaction. */
    record Change(String kind, String recordId, Operation operation, String username, List<FieldChange> fields) {
    }

    private final Clock clock;

    ChangeTrail(Clock clock) {
        this.clock = clock;
    }

    void write(Connection connection, List<Change> changes) throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_change (at, username, kind, record_id, operation, changes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Change c : changes) {
                insert.setObject(1, now);
                insert.setString(2, cut(c.username(), USERNAME_MAX));
                insert.setString(3, cut(c.kind(), KIND_MAX));
                insert.setString(4, cut(c.recordId(), RECORD_MAX));
                insert.setString(5, c.operation().name());
                insert.setString(6, json(c.fields()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static String json(List<FieldChange> fields) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (FieldChange f : fields) {
            var row = new LinkedHashMap<String, String>();
            row.put("field", f.field());
            row.put("before", cut(f.before(), VALUE_MAX));
            row.put("after", cut(f.after(), VALUE_MAX));
            rows.add(row);
        }
        return JSON.writeValueAsString(rows);
    }

    static List<FieldChange> fields(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return JSON.readValue(json, FIELDS).stream().map(m -> new FieldChange(m.get("field"), m.get("before"), m.get("after"))).toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
