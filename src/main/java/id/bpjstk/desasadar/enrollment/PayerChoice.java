package id.bpjstk.desasadar.enrollment;

/**
 * A payer the payment form may offer for a worker: the worker, the MoU that funds them, or their agent.
 *
 * @param id the MoU or agent id; null for the worker
 */
public record PayerChoice(Payer payer, Long id) {
}
