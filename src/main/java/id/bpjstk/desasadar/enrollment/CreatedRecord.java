package id.bpjstk.desasadar.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * What a worker and a contribution row keep of their making: when and by whom they were created (never rewritten by
 * an edit), and the version an edit checks (optimistic locking).
 */
@MappedSuperclass
abstract class CreatedRecord {

    @Column(updatable = false)
    private LocalDateTime createdAt;
    @Column(updatable = false)
    private String createdBy;
    @Version
    private int version;

    protected CreatedRecord() {
    }

    CreatedRecord(LocalDateTime createdAt, String createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String getCreatedBy() { return createdBy; }
    int getVersion() { return version; }
}
