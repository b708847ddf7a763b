package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.CommissionRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions (iuran): record a paid month of a worker in the caller's scope, list a worker's months, and what
 * an agent collected with the commission on it. Every payment keeps the worker's active status current in the same
 * transaction ({@link WorkerActivity}).
 */
@Service
public class ContributionService {

    public static final int REASON_MAX = Contribution.REASON_MAX;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ContributionRepository contributions;
    private final WorkerRepository workers;
    private final TariffService tariffs;
    private final WorkerScope scope;
    private final AgentService agents;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContributionService(ContributionRepository contributions, WorkerRepository workers, TariffService tariffs, WorkerScope scope,
                        AgentService agents, JdbcTemplate jdbc, Clock clock) {
        this.contributions = contributions;
        this.workers = workers;
        this.tariffs = tariffs;
        this.scope = scope;
        this.agents = agents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code month} of the worker is paid.
     *
     * @param amountOverride null when the tariff amount was paid; otherwise {@code overrideReason} is required
     * @param payerId        the MoU ({@link Payer#MOU}) or agent ({@link Payer#AGENT}); null for the worker
     * @throws RuleViolation the worker is not in scope, or the payment breaks a rule of {@link ContributionRules} or
     *                       pays a month twice, or the worker's row stayed locked longer than the database waits (an
     *                       all-or-nothing import paying for the worker is still running)
     */
    @Transactional
    public ContributionView record(long workerId, YearMonth month, Long amountOverride, String overrideReason, LocalDate paidOn,
                                   Payer payer, Long payerId) {
        UserPrincipal user = scope.requireEditor();
        WorkerScope.Reader reader = scope.reader();
        Worker worker = workers.findById(workerId).filter(reader::sees)
                .orElseThrow(() -> new RuleViolation("contribution.error.worker-not-found"));
        // payments for one worker one after the other: the second sees the first in "already paid" and in the status
        try {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                WorkerActivity.lock(c, List.of(workerId));
                return null;
            });
        } catch (DataAccessException e) {
            if (lockWaitTimeout(e)) {
                // the worker is in an all-or-nothing contribution import still running: its row is locked until that ends
                throw new RuleViolation("contribution.error.worker-busy");
            }
            throw e;
        }
        ValidContribution valid = ContributionRules.validate(tariffs.schedule(), payee(worker), month, amountOverride, overrideReason,
                paidOn, payer, payerId, LocalDate.now(clock), agentId -> agents.find(agentId).isPresent());
        if (contributions.existsByWorkerIdAndMonth(workerId, month.atDay(1))) {
            throw new RuleViolation("contribution.error.already-paid", month.toString());
        }
        CoverageUpkeep.Change coverage = CoverageUpkeep.begin(jdbc, List.of(workerId), List.of(), List.of());
        Contribution saved;
        try {
            saved = contributions.saveAndFlush(new Contribution(valid, LocalDateTime.now(clock), user.username()));
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("contribution.error.already-paid", month.toString());
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            WorkerActivity.refresh(c, List.of(workerId));
            return null;
        });
        coverage.apply(jdbc);
        return saved.view();
    }

    /** The worker's paid months, latest first; empty when the worker is not the caller's to see. */
    // read-write: a partner's read writes its audit record in this transaction (AuditService.record)
    @Transactional
    public List<ContributionView> ofWorker(long workerId) {
        WorkerScope.Reader reader = scope.reader();
        if (workers.findById(workerId).filter(reader::sees).isEmpty()) {
            return List.of();
        }
        scope.auditPartnerRead(reader, "contribution.read", "worker " + workerId);
        return contributions.findByWorkerIdOrderByMonthDesc(workerId).stream().map(Contribution::view).toList();
    }

    /**
     * Who may pay for the worker, for the payment form: the worker, the MoU funding them, the agent who enrolled them
     * (when in scope). Empty when the caller may not record payments for this worker.
     */
    @Transactional(readOnly = true)
    public List<PayerChoice> payerChoices(long workerId) {
        WorkerScope.Reader reader = scope.reader();
        Optional<Worker> worker = workers.findById(workerId).filter(reader::sees);
        if (!reader.editor() || worker.isEmpty()) {
            return List.of();
        }
        var choices = new ArrayList<PayerChoice>();
        choices.add(new PayerChoice(Payer.WORKER, null));
        Worker w = worker.get();
        if (w.getMouId() != null) {
            choices.add(new PayerChoice(Payer.MOU, w.getMouId()));
        }
        if (w.getAgentId() != null && agents.find(w.getAgentId()).isPresent()) {
            choices.add(new PayerChoice(Payer.AGENT, w.getAgentId()));
        }
        return choices;
    }

    /** What the worker owes for {@code month} by the tariffs (the form's default amount); empty when out of scope. */
    @Transactional(readOnly = true)
    public Optional<Long> computedAmount(long workerId, YearMonth month) {
        WorkerScope.Reader reader = scope.reader();
        return workers.findById(workerId).filter(reader::sees)
                .map(w -> tariffs.contribution(month, w.getIncomeBand(), w.isJht()).total());
    }

    /**
     * What the agent collected with payment dates in the months {@code from}..{@code to}, and the commission on it
     * (rounding: see {@link AgentCollection}).
     *
     * @throws RuleViolation the agent is not in the caller's scope
     */
    @Transactional(readOnly = true)
    public AgentCollection agentCollected(long agentId, YearMonth from, YearMonth to) {
        agents.find(agentId).orElseThrow(() -> new RuleViolation("agent.error.not-found"));
        var perDay = new LinkedHashMap<LocalDate, long[]>();
        jdbc.query("""
                SELECT paid_on, SUM(amount), COUNT(*) FROM contribution
                WHERE payer_agent_id = ? AND paid_on BETWEEN ? AND ? GROUP BY paid_on ORDER BY paid_on""",
                rs -> {
                    perDay.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3)});
                }, agentId, from.atDay(1), to.atEndOfMonth());
        Map<CommissionRule, Long> perRule = new LinkedHashMap<>();
        long collected = 0;
        long payments = 0;
        CommissionRule rule = null;
        for (var day : perDay.entrySet()) {
            collected += day.getValue()[0];
            payments += day.getValue()[1];
            if (rule == null || !covers(rule, day.getKey())) {
                rule = agents.commissionOn(day.getKey()).orElse(null);
            }
            if (rule != null) {
                perRule.merge(rule, day.getValue()[0], Long::sum);
            }
        }
        long commission = 0;
        long sponsor = 0;
        for (var sum : perRule.entrySet()) {
            long c = percentOf(sum.getKey().agentPercent(), sum.getValue());
            commission += c;
            sponsor += percentOf(sum.getKey().sponsorPercent(), c);
        }
        return new AgentCollection(agentId, from, to, payments, collected, commission, sponsor, commission - sponsor);
    }

    private static boolean covers(CommissionRule rule, LocalDate day) {
        return !day.isBefore(rule.validFrom()) && (rule.validTo() == null || !day.isAfter(rule.validTo()));
    }

    private static long percentOf(BigDecimal percent, long rupiah) {
        return percent.multiply(BigDecimal.valueOf(rupiah)).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** MariaDB's "lock wait timeout exceeded" (error 1205), however the driver and Spring classify it. */
    private static boolean lockWaitTimeout(DataAccessException e) {
        return e instanceof PessimisticLockingFailureException
                || e.getMostSpecificCause() instanceof SQLException sql && sql.getErrorCode() == 1205;
    }

    private static ContributionRules.Payee payee(Worker w) {
        return new ContributionRules.Payee(w.getId(), w.getEnrolledOn(), w.getIncomeBand(), w.isJht(), w.getMouId(), w.getAgentId());
    }
}
