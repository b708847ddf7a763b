package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.outreach.AgentAcquisitions;
import id.bpjstk.desasadar.partner.MouEnrollments;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What other features ask of enrollment without depending on it: how many workers a MoU funds (its quota) and when
 * an agent last brought one in (the three-month rule).
 */
@Component
class EnrollmentHooks implements MouEnrollments, AgentAcquisitions {

    private final JdbcTemplate jdbc;

    EnrollmentHooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long enrolledUnder(long mouId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE mou_id = ?", Long.class, mouId);
    }

    @Override
    public Optional<LocalDate> lastAcquisition(long agentId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(enrolled_on) FROM worker WHERE agent_id = ?",
                LocalDate.class, agentId));
    }
}
