package id.bpjstk.desasadar.enrollment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkerRepository extends JpaRepository<Worker, Long> {

    Optional<Worker> findByNik(String nik);

    Optional<Worker> findByKpj(String kpj);
}
