package id.bpjstk.desasadar.coverage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("select t from Target t where t.year = ?1 and t.measure = ?2 and ((?3 is not null and t.areaCode = ?3) or (?4 is not null and t.officeId = ?4))")
    Optional<Target> findOne(int year, TargetMeasure measure, String areaCode, Long officeId);

    List<Target> findByYearOrderByIdAsc(int year);

    List<Target> findByYearAndMeasureAndAreaCodeIn(int year, TargetMeasure measure, java.util.Collection<String> areaCodes);

    @Query("select distinct t.year from Target t order by t.year desc")
    List<Integer> years();
}
