package id.bpjstk.desasadar.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {
    Optional<Office> findByCode(String code);

    /** Every office with its areas in one query (findAll reads each office's areas by a query of its own). */
    @Query("SELECT DISTINCT o FROM Office o LEFT JOIN FETCH o.areaCodes")
    List<Office> findAllWithAreas();
}
