package id.bpjstk.desasadar.enrollment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    boolean existsByWorkerIdAndMonth(long workerId, LocalDate month);

    List<Contribution> findByWorkerIdOrderByMonthDesc(long workerId);
}
