package id.bpjstk.desasadar.outreach;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgentRepository extends JpaRepository<Agent, Long> {
    boolean existsByRegistrationNumber(String registrationNumber);
}
