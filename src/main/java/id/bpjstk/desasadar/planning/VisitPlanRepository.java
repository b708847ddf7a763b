package id.bpjstk.desasadar.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitPlanRepository extends JpaRepository<VisitPlan, Long> {
}
