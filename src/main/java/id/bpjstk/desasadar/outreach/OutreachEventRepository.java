package id.bpjstk.desasadar.outreach;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachEventRepository extends JpaRepository<OutreachEvent, Long> {

    List<OutreachEvent> findByVillageCodeOrderByStartDesc(String villageCode);

    boolean existsByVillageCodeAndStatus(String villageCode, EventStatus status);
}
