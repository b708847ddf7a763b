package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.outreach.AgentAcquisitions;
import id.bpjstk.desasadar.outreach.AgentEarnings;
import id.bpjstk.desasadar.partner.MouEnrollments;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What other features ask of enrollment without depending on it: how many workers a MoU funds (its quota), when
 * an agent last brought one in (the three-month rule) and what an agent collected (commission).
 */
@Component
class EnrollmentHooks implements MouEnrollments, AgentAcquisitions, AgentEarnings {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<ContributionService> contributions;

    /** Contributions are looked up when asked: they depend on the agent service, which depends on these hooks. */
    EnrollmentHooks(JdbcTemplate jdbc, ObjectProvider<ContributionService> contributions) {
        this.jdbc = jdbc;
        this.contributions = contributions;
    }

    @Override
    public Earnings of(long agentId, YearMonth month) {
        AgentCollection c = contributions.getObject().agentCollected(agentId, month, month);
        return new Earnings(c.collected(), c.commission(), c.agentShare());
    }

    @Override
    public long enrolledUnder(long mouId) {
        // a locking read: it counts what others committed while the caller waited for the MoU's lock, where a plain read
        // would count from the snapshot of the caller's first read, taken before (issue 13, item 11)
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE mou_id = ? LOCK IN SHARE MODE", Long.class, mouId);
    }

    @Override
    public Optional<LocalDate> lastAcquisition(long agentId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(enrolled_on) FROM worker WHERE agent_id = ?",
                LocalDate.class, agentId));
    }
}
