package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.SqlLike;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recorded outreach potentials of villages, read on the caller's connection: coverage keeps its read model in
 * the transaction that changes it and must see the potentials in that same transaction (issue 15, item 5: the query
 * is territory's, the transaction the caller's). Both reads take one statement, however many villages.
 */
public final class VillagePotentials {

    private VillagePotentials() {
    }

    /**
     * Which of these villages have a recorded potential, read in share mode so that a potential being recorded
     * meanwhile is waited for rather than missed.
     */
    public static Set<String> villagesWithPotential(Connection c, Collection<String> villages) throws SQLException {
        Set<String> distinct = new TreeSet<>(villages);
        Set<String> found = new HashSet<>();
        if (distinct.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT village_code FROM village_profile WHERE potential > 0 AND village_code IN ("
                + String.join(",", Collections.nCopies(distinct.size(), "?")) + ") LOCK IN SHARE MODE")) {
            int i = 1;
            for (String v : distinct) {
                s.setString(i++, v);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The recorded potential of each village of a province that has one (above zero). */
    public static Map<String, Long> inProvince(Connection c, String province) throws SQLException {
        Map<String, Long> potentials = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT village_code, potential FROM village_profile WHERE potential > 0 AND village_code LIKE ?")) {
            s.setString(1, SqlLike.startingWith(province + "."));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    potentials.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return potentials;
    }
}
