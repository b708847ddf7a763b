package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The UMKM binaan of a company partner (issue 12 item 6, decision 017) with their workers: estimated (the company's
 * list) against enrolled and active this month, per UMKM and per regency or district.
 *
 * <p>Who reads: a company's partner user its own company's UMKM, all of them, with the workers its own MoUs fund;
 * administrators, regional heads and coordinators a company they can see ({@link PartnerService#findPartner}), cut to
 * the UMKM in their scope, with every worker linked to them. Any other company is "not found", whether it exists or not.
 *
 * <p>Fast at 108,000 UMKM: pages come in name order from {@code ix_site_partner_name} and their workers are counted for
 * the page's sites only; area sums are one grouped query over the company's sites and one over their workers, the
 * latter answered from {@code ix_worker_site_paid} alone. Active is {@link ActivityState}'s rule on the stored
 * {@code paid_through}, as everywhere else.
 */
@Service
public class UmkmService {

    private final JdbcTemplate jdbc;
    private final AreaDirectory areas;
    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final Clock clock;

    UmkmService(JdbcTemplate jdbc, AreaDirectory areas, CurrentUser currentUser, PartnerService partners, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.currentUser = currentUser;
        this.partners = partners;
        this.clock = clock;
    }

    /** The companies whose UMKM the caller may read: a partner user's own (if a company), else those it can see. */
    @Transactional(readOnly = true)
    public List<PartnerView> companies() {
        return partners.partners().stream().filter(p -> p.kind() == PartnerKind.COMPANY).toList();
    }

    /** Summed over all of the company's UMKM the caller may read. */
    @Transactional(readOnly = true)
    public UmkmAreaFigures totals(long companyId) {
        List<UmkmAreaFigures> all = grouped(companyId, 0, "");
        return all.isEmpty() ? new UmkmAreaFigures("", "", 0, 0, 0, 0) : all.getFirst();
    }

    /**
     * Per regency or district ({@code level}) inside {@code within} ({@code ""}: everywhere), in code order.
     *
     * @throws IllegalArgumentException for a level other than regency or district
     */
    @Transactional(readOnly = true)
    public List<UmkmAreaFigures> byArea(long companyId, AreaLevel level, String within) {
        int length = switch (level) {
            case REGENCY -> 5;
            case DISTRICT -> 8;
            default -> throw new IllegalArgumentException("UMKM figures are per regency or district, not " + level);
        };
        List<UmkmAreaFigures> figures = grouped(companyId, length, within == null ? "" : within.strip());
        Map<String, String> names = names(figures.stream().map(UmkmAreaFigures::code).toList());
        return figures.stream().map(f -> new UmkmAreaFigures(f.code(), names.getOrDefault(f.code(), f.code()), f.umkm(),
                f.estimatedWorkers(), f.enrolled(), f.active())).toList();
    }

    /**
     * One page of the company's UMKM inside {@code within} ({@code ""}: everywhere), in name order (then village), without
     * a count.
     */
    @Transactional(readOnly = true)
    public List<UmkmFigures> list(long companyId, String within, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(companyId, within, args);
        if (where == null) {
            return List.of();
        }
        args.add(limit);
        args.add(offset);
        // the page's ids from ix_site_partner_name alone (its own order, no sort, no row read for the rows skipped),
        // then their details
        List<UmkmFigures> page = jdbc.query("""
                SELECT s.id, s.name, s.owner_name, s.village_code, s.address, s.estimated_workers
                FROM (SELECT s.id FROM site s FORCE INDEX (ix_site_partner_name) WHERE%s
                      ORDER BY s.name, s.village_code, s.id LIMIT ? OFFSET ?) page
                JOIN site s ON s.id = page.id
                ORDER BY s.name, s.village_code, s.id""".formatted(where),
                (rs, i) -> new UmkmFigures(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), null,
                        rs.getString(5), (Integer) rs.getObject(6), 0, 0), args.toArray());
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, long[]> counts = new HashMap<>();
        var ids = new ArrayList<Object>();
        ids.add(activeSince());
        page.forEach(u -> ids.add(u.siteId()));
        String funded = funded(companyId, ids);
        jdbc.query("SELECT w.site_id, COUNT(*), COALESCE(SUM(w.paid_through >= ?), 0) FROM worker w WHERE w.site_id IN ("
                        + String.join(",", Collections.nCopies(page.size(), "?")) + ")" + funded + " GROUP BY w.site_id",
                rs -> { counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}); }, ids.toArray());
        // the page's village names in one query (territory's reference data)
        Map<String, String> villageNames = names(page.stream().map(UmkmFigures::villageCode).toList());
        return page.stream().map(u -> {
            long[] c = counts.getOrDefault(u.siteId(), new long[2]);
            return new UmkmFigures(u.siteId(), u.name(), u.owner(), u.villageCode(), villageNames.get(u.villageCode()), u.address(),
                    u.estimatedWorkers(), c[0], c[1]);
        }).toList();
    }

    /** Sums per code prefix of {@code length} characters (0: one sum over everything). */
    private List<UmkmAreaFigures> grouped(long companyId, int length, String within) {
        var args = new ArrayList<Object>();
        args.add(length);
        String where = where(companyId, within, args);
        if (where == null) {
            return List.of();
        }
        Map<String, long[]> sums = new java.util.TreeMap<>();
        jdbc.query("SELECT LEFT(s.village_code, ?), COUNT(*), COALESCE(SUM(s.estimated_workers), 0) FROM site s WHERE" + where
                + " GROUP BY 1", rs -> { sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), 0, 0}); }, args.toArray());
        var workerArgs = new ArrayList<Object>();
        workerArgs.add(length);
        workerArgs.add(activeSince());
        where(companyId, within, workerArgs);
        String funded = funded(companyId, workerArgs);
        jdbc.query("SELECT LEFT(s.village_code, ?), COUNT(*), COALESCE(SUM(w.paid_through >= ?), 0)"
                + " FROM site s JOIN worker w ON w.site_id = s.id WHERE" + where + funded + " GROUP BY 1", rs -> {
            long[] s = sums.computeIfAbsent(rs.getString(1), k -> new long[4]);
            s[2] = rs.getLong(2);
            s[3] = rs.getLong(3);
        }, workerArgs.toArray());
        return sums.entrySet().stream().map(e -> new UmkmAreaFigures(e.getKey(), e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /**
     * The condition on {@code site s} for the company's UMKM the caller may read inside {@code within}, its arguments
     * appended; null when the caller may read none.
     *
     * @throws RuleViolation the company is not one the caller may read
     */
    private String where(long companyId, String within, List<Object> args) {
        UserPrincipal me = currentUser.get().orElseThrow(() -> new RuleViolation("umkm.error.company"));
        if (me.role() == Role.PARTNER) {
            if (partners.partnerOf(me.id()).filter(own -> own == companyId).isEmpty()) {
                throw new RuleViolation("umkm.error.company");
            }
        } else if (partners.findPartner(companyId).filter(p -> p.kind() == PartnerKind.COMPANY).isEmpty()) {
            throw new RuleViolation("umkm.error.company");
        }
        var sql = new StringBuilder(" s.partner_id = ?");
        args.add(companyId);
        if (me.role() != Role.PARTNER) {
            // the company's own user reads its whole list; officers the part of it in their areas
            if (me.scope().codes().isEmpty()) {
                return null;
            }
            sql.append(me.scope().andSqlCondition("s.village_code", args));
        }
        if (within != null && !within.isBlank()) {
            if (!within.strip().matches("[0-9]{2}(\\.[0-9]{2}){0,2}")) {
                throw new RuleViolation("umkm.error.area");
            }
            sql.append(" AND s.village_code LIKE ?");
            args.add(within.strip() + ".%");
        }
        return sql.toString();
    }

    /**
     * The condition on {@code worker w} that a company's own user counts only the workers its MoUs fund (issue 13,
     * item 16: a partner sees figures about its own MoUs' workers only; a UMKM of five reveals who is enrolled and who
     * has stopped paying); officers count every worker linked to the UMKM. Its argument appended.
     */
    private String funded(long companyId, List<Object> args) {
        if (!currentUser.hasRole(Role.PARTNER)) {
            return "";
        }
        args.add(companyId);
        return " AND w.mou_id IN (SELECT m.id FROM mou m WHERE m.partner_id = ?)";
    }

    /** Workers with a payment on or after this month are active this month. */
    private Date activeSince() {
        return Date.valueOf(ActivityState.minimumPaidThrough(YearMonth.now(clock)).atDay(1));
    }

    private Map<String, String> names(List<String> codes) {
        return areas.names(codes);
    }
}
