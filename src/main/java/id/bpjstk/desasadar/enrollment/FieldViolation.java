package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;

/** A refusal that names the field at fault, so a form can mark it and an import report can name the column. */
public class FieldViolation extends RuleViolation {

    private final WorkerField field;

    public FieldViolation(WorkerField field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public WorkerField field() {
        return field;
    }
}
