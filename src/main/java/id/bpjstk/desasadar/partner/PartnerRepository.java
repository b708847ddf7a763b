package id.bpjstk.desasadar.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {
}
