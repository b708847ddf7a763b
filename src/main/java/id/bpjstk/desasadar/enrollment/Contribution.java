package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.AuditedAs;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** One paid month of one worker (table from V013; contribution imports write the same table directly). */
@Entity
@AuditedAs("contribution")
@Table(name = "contribution")
class Contribution extends CreatedRecord {

    /** The length of override_reason in V013__contributions.sql. */
    static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long workerId;
    /** The first day of the month paid for. */
    private LocalDate month;
    private int amount;
    private int computedAmount;
    private String overrideReason;
    private LocalDate paidOn;
    @Enumerated(EnumType.STRING)
    private Payer payer;
    private Long payerMouId;
    private Long payerAgentId;

    protected Contribution() {
    }

    Contribution(ValidContribution c, LocalDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.workerId = c.workerId();
        this.month = c.month().atDay(1);
        this.amount = Math.toIntExact(c.amount());
        this.computedAmount = Math.toIntExact(c.computedAmount());
        this.overrideReason = c.overrideReason();
        this.paidOn = c.paidOn();
        this.payer = c.payer();
        this.payerMouId = c.payerMouId();
        this.payerAgentId = c.payerAgentId();
    }

    ContributionView view() {
        return new ContributionView(id, workerId, YearMonth.from(month), amount, computedAmount, overrideReason, paidOn, payer,
                payerMouId, payerAgentId, getCreatedBy());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Contribution c && id != null && id.equals(c.id));
    }

    @Override
    public int hashCode() {
        return Contribution.class.hashCode();
    }
}
