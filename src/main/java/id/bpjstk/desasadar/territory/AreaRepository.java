package id.bpjstk.desasadar.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaRepository extends JpaRepository<Area, String> {

    long countByLevel(AreaLevel level);

    @Query("select a.code from Area a")
    List<String> findAllCodes();
}
