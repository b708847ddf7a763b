package id.bpjstk.desasadar.partner;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MouRepository extends JpaRepository<Mou, Long> {

    List<Mou> findByPartnerId(long partnerId);

    boolean existsByNumber(String number);

    boolean existsByNumberAndIdNot(String number, long id);

    /** The MoU row locked until the caller's transaction ends, so two enrollments cannot both take its last place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Mou m where m.id = :id")
    Optional<Mou> lockById(long id);
}
