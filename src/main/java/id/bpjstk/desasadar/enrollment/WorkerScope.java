package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Which workers the caller may read, in Java and in SQL, and how a worker row reads for them: the one scope rule
 * of workers, their contributions and the exports. A partner sees only the APBD/CSR workers of their own MoUs,
 * with NIK, phone and KPJ masked and the birth year for the birth date ({@link PartnerMask}).
 */
@Component
class WorkerScope {

    private final PartnerService partners;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    WorkerScope(PartnerService partners, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.partners = partners;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who reads: their area scope, and for a partner the MoUs whose workers they may see. */
    record Reader(AreaScope scope, List<Long> partnerMous, boolean editor) {
        boolean sees(Worker w) {
            return scope.includes(w.getVillageCode()) && (partnerMous == null || partnerMous.contains(w.getMouId()));
        }

        boolean masked() {
            return partnerMous != null;
        }

        String nik(String nik) {
            return masked() ? PartnerMask.nik(nik) : nik;
        }

        String phone(String phone) {
            return masked() ? PartnerMask.phone(phone) : phone;
        }

        String kpj(String kpj) {
            return masked() ? PartnerMask.kpj(kpj) : kpj;
        }

        /** Partners see the birth year only ({@link PartnerMask}). */
        LocalDate birthDate(LocalDate birthDate) {
            return masked() ? null : birthDate;
        }
    }

    /**
     * Records a partner's read of workers' personal data (docs/architecture.md, Access). Staff reads are part of their
     * work and are not recorded.
     */
    void auditPartnerRead(Reader reader, String action, String subject) {
        if (reader.masked()) {
            audit.record(action, subject);
        }
    }

    /** As {@link #auditPartnerRead(Reader, String, String)}, over a streamed export's own connection. */
    void auditPartnerRead(Reader reader, String action, String subject, JdbcOperations connection) {
        if (reader.masked()) {
            audit.recordOn(connection, action, subject);
        }
    }

    /** The audit action of a NIK look-up. */
    static final String LOOKUP_ACTION = "worker.nik-lookup";

    /** Records a NIK look-up and what it found (the full NIK: an administrator must be able to tell whose it was). */
    void auditLookup(String subject) {
        audit.record(LOOKUP_ACTION, subject);
    }

    /** The caller's NIK look-ups today, against {@link WorkerService#PARTNER_LOOKUPS_PER_DAY}. */
    long lookupsToday() {
        return audit.countToday(LOOKUP_ACTION);
    }

    /** A condition on table {@code worker w} and its arguments. */
    record Where(String sql, List<Object> args) {
    }

    Reader reader() {
        UserPrincipal user = currentUser.get().orElse(null);
        if (user == null) {
            return new Reader(AreaScope.NONE, null, false);
        }
        List<Long> mous = null;
        if (user.role() == Role.PARTNER) {
            mous = partners.partnerOf(user.id()).map(p -> partners.mousOf(p).stream().map(MouView::id).toList()).orElse(List.of());
        }
        return new Reader(user.scope(), mous, user.role().editsFieldWork());
    }

    /** Coordinators and administrators enrol, edit and record payments; everyone else only reads. */
    UserPrincipal requireEditor() {
        return currentUser.requireFieldEditor("Only coordinators and administrators change workers and their payments");
    }

    YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The workers matching the filter that the reader sees, or null when they see none at all. */
    Where where(WorkerFilter f, Reader reader) {
        AreaScope scope = reader.scope();
        if (scope.codes().isEmpty() || (reader.partnerMous() != null && reader.partnerMous().isEmpty())) {
            return null;
        }
        var sql = new StringBuilder("1 = 1");
        var args = new ArrayList<Object>();
        if (f.areaCode() != null && !f.areaCode().isBlank()) {
            sql.append(" AND w.village_code LIKE ?");
            args.add(SqlLike.startingWith(f.areaCode().strip()));
        }
        if (f.occupation() != null) {
            sql.append(" AND w.occupation = ?");
            args.add(f.occupation().name());
        }
        if (f.active() != null) {
            sql.append(f.active() ? " AND w.paid_through >= ?" : " AND (w.paid_through IS NULL OR w.paid_through < ?)");
            args.add(ActivityState.minimumPaidThrough(thisMonth()).atDay(1));
        }
        if (f.funding() != null) {
            sql.append(" AND w.funding = ?");
            args.add(f.funding().name());
        }
        if (f.eventId() != null) {
            sql.append(" AND w.event_id = ?");
            args.add(f.eventId());
        }
        if (f.agentId() != null) {
            sql.append(" AND w.agent_id = ?");
            args.add(f.agentId());
        }
        if (reader.partnerMous() != null) {
            sql.append(" AND w.mou_id IN (").append(String.join(",", Collections.nCopies(reader.partnerMous().size(), "?"))).append(')');
            args.addAll(reader.partnerMous());
        }
        sql.append(scope.andSqlCondition("w.village_code", args));
        return new Where(sql.toString(), args);
    }

    /** The columns {@link #view} reads, in its order. */
    /** What {@link #view} reads, from {@code worker w} joined with its village {@code area a}. */
    static final String VIEW_COLUMNS = """
            w.id, w.nik, w.full_name, w.sex, w.birth_date, w.phone, w.occupation, w.village_code, a.name,
            w.village_role, w.site_id, w.jht, w.income_band, w.funding, w.mou_id, w.enrolled_on, w.event_id,
            w.agent_id, w.kpj, w.paid_through, w.active_from, w.version""";
    static final String SELECT_VIEW = "SELECT " + VIEW_COLUMNS + " FROM worker w JOIN area a ON a.code = w.village_code";

    /**
     * What {@link #view} reads for the worker ids of {@code pageIds} (a query of one column): the page's details joined
     * on its ids only. The village name stays a join on territory's {@code area} (by primary key, one statement): the
     * export streams millions of these rows, and a page is read in one round trip.
     */
    static String viewOfPage(String pageIds) {
        return "SELECT " + VIEW_COLUMNS + " FROM (" + pageIds + ") page JOIN worker w ON w.id = page.id JOIN area a ON a.code = w.village_code";
    }

    WorkerView view(ResultSet rs, Reader reader) throws SQLException {
        var state = new ActivityState(month(rs.getObject(20, LocalDate.class)), month(rs.getObject(21, LocalDate.class)));
        LocalDate enrolledOn = rs.getObject(16, LocalDate.class);
        YearMonth now = thisMonth();
        LocalDate birthDate = rs.getObject(5, LocalDate.class);
        return new WorkerView(rs.getLong(1), reader.nik(rs.getString(2)), rs.getString(3),
                "P".equals(rs.getString(4)) ? Sex.FEMALE : Sex.MALE, reader.birthDate(birthDate), PartnerMask.birthYear(birthDate),
                reader.phone(rs.getString(6)),
                Occupation.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                rs.getString(10) == null ? null : VillageRole.valueOf(rs.getString(10)), rs.getObject(11, Long.class),
                rs.getBoolean(12), rs.getLong(13), Funding.valueOf(rs.getString(14)), rs.getObject(15, Long.class), enrolledOn,
                rs.getObject(17, Long.class), rs.getObject(18, Long.class), reader.kpj(rs.getString(19)), state.paidThrough(),
                state.activeIn(now), state.statusSince(now, YearMonth.from(enrolledOn)), rs.getLong(22), reader.editor());
    }

    private static YearMonth month(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
