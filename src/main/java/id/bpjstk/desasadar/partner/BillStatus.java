package id.bpjstk.desasadar.partner;

/** How a worker's month on a subsidy bill reconciles with the MoU's recorded payments. */
public enum BillStatus {
    /** Covered that month and paid once by the MoU. */
    PAID,
    /** Covered that month, no MoU payment recorded. */
    UNPAID,
    /** Covered that month and more than one MoU payment recorded for it. */
    PAID_TWICE,
    /** A MoU payment for a worker the MoU did not cover that month (not funded by it, or enrolled later). */
    NOT_COVERED;

    public String messageKey() {
        return "bill.status." + name();
    }
}
