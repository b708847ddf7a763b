package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.territory.AreaDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perisai agents: registered by coordinators and administrators for areas in their scope, active or not
 * by the three-month rule ({@link AgentActivity}), reactivated by an administrator. The commission rule
 * is data with validity dates.
 */
@Service
public class AgentService {

    public static final int REGISTRATION_MAX = AgentRules.REGISTRATION_MAX;
    public static final int NAME_MAX = AgentRules.NAME_MAX;
    public static final int SPONSOR_MAX = AgentRules.SPONSOR_MAX;

    private final AgentRepository agents;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final AreaDirectory areas;
    private final Optional<AgentAcquisitions> acquisitions;
    private final Clock clock;

    AgentService(AgentRepository agents, CurrentUser currentUser, JdbcTemplate jdbc, AreaDirectory areas,
                 Optional<AgentAcquisitions> acquisitions, Clock clock) {
        this.agents = agents;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.areas = areas;
        this.acquisitions = acquisitions;
        this.clock = clock;
    }

    @Transactional
    public AgentView register(String registrationNumber, String name, String phone, String homeArea, String sponsorName,
                              SponsorKind sponsorKind, LocalDate startDate) {
        currentUser.requireFieldEditor("Only coordinators and administrators register agents");
        String number = AgentRules.registration(registrationNumber);
        String cleanName = AgentRules.name(name);
        String sponsor = AgentRules.sponsor(sponsorName, sponsorKind);
        String mobile = AgentRules.phone(phone);
        AgentRules.start(startDate, LocalDate.now(clock));
        if (homeArea == null || !currentUser.scope().includes(homeArea.strip()) || !areas.exists(homeArea.strip())) {
            throw new RuleViolation("agent.error.area-out-of-scope");
        }
        if (agents.existsByRegistrationNumber(number)) {
            throw new RuleViolation("agent.error.duplicate", number);
        }
        Agent agent = agents.saveAndFlush(new Agent(number, cleanName, mobile,
                homeArea.strip(), sponsor, sponsorKind, startDate));
        CoverageUpkeep.begin(jdbc, List.of(), List.of(), List.of()).created(List.of(), List.of(agent.getId()), List.of()).apply(jdbc);
        return view(agent);
    }

    /** An administrator puts an inactive agent back to work: the three months count again from today. */
    @Transactional
    public AgentView reactivate(long id) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator reactivates agents");
        }
        Agent agent = agents.findById(id).filter(a -> currentUser.scope().includes(a.getHomeArea()))
                .orElseThrow(() -> new RuleViolation("agent.error.not-found"));
        // the three months count again from today: the agent's active months grow
        CoverageUpkeep.Change coverage = CoverageUpkeep.begin(jdbc, List.of(), List.of(id), List.of());
        agent.reactivate(LocalDate.now(clock));
        Agent saved = agents.saveAndFlush(agent);
        coverage.apply(jdbc);
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<AgentView> list() {
        if (currentUser.hasRole(Role.PARTNER)) {
            return List.of(); // an agent's figures are about workers of every funding: none are a partner's (issue 13, item 16)
        }
        AreaScope scope = currentUser.scope();
        return agents.findAll().stream().filter(a -> scope.includes(a.getHomeArea()))
                .sorted(Comparator.comparing(Agent::getName)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AgentView> find(long id) {
        return agents.findById(id).filter(a -> !currentUser.hasRole(Role.PARTNER) && currentUser.scope().includes(a.getHomeArea()))
                .map(this::view);
    }

    /** Agents whose home area is in the regency of this village (who may take part in an event there). */
    @Transactional(readOnly = true)
    public List<AgentView> near(String villageCode) {
        String regency = villageCode.length() >= 5 ? villageCode.substring(0, 5) : villageCode;
        return list().stream().filter(a -> a.homeArea().equals(regency) || a.homeArea().startsWith(regency + ".")).toList();
    }

    /** The commission rule in force on a date. */
    @Transactional(readOnly = true)
    public Optional<CommissionRule> commissionOn(LocalDate date) {
        return jdbc.query("""
                SELECT valid_from, valid_to, agent_percent, sponsor_percent FROM commission_rule
                WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC LIMIT 1""",
                (rs, i) -> new CommissionRule(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getBigDecimal(4)), date, date).stream().findFirst();
    }

    private AgentView view(Agent a) {
        LocalDate last = acquisitions.flatMap(s -> s.lastAcquisition(a.getId())).orElse(null);
        return new AgentView(a.getId(), a.getRegistrationNumber(), a.getName(), a.getPhone(), a.getHomeArea(), a.getSponsorName(),
                a.getSponsorKind(), a.getStartDate(), AgentActivity.of(a.getStartDate(), last, a.getReactivatedOn(), LocalDate.now(clock)),
                a.getVersion());
    }
}
