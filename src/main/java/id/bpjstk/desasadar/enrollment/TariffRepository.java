package id.bpjstk.desasadar.enrollment;

import org.springframework.data.jpa.repository.JpaRepository;

interface TariffRepository extends JpaRepository<Tariff, Long> {
}
