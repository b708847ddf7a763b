package id.bpjstk.desasadar.outreach;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachEventRepository extends JpaRepository<OutreachEvent, Long> {

    /** The latest events of a village (index on village and start): never its whole history, which has no bound. */
    List<OutreachEvent> findByVillageCodeOrderByStartDesc(String villageCode, Limit limit);

    Optional<OutreachEvent> findFirstByVillageCodeAndStatusOrderByStartDesc(String villageCode, EventStatus status);

    Optional<OutreachEvent> findFirstByVillageCodeAndStatusOrderByStartAsc(String villageCode, EventStatus status);

    boolean existsByVillageCodeAndStatus(String villageCode, EventStatus status);
}
