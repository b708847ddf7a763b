package id.bpjstk.desasadar.territory;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillageProfileRepository extends JpaRepository<VillageProfile, String> {
}
