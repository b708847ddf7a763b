package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationCheck.Criterion;
import id.bpjstk.desasadar.territory.DesignationCheck.State;
import id.bpjstk.desasadar.territory.DesignationCriterionSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three Desa Sadar criteria that enrollment decides: village head enrolled, staff enrolled, share of potential. */
@Configuration
class EnrollmentCriteria {

    @Bean
    DesignationCriterionSource villageHeadEnrolled(WorkerService workers) {
        return source(Criterion.VILLAGE_HEAD_ENROLLED, (village, potential) ->
                met(workers.enrolledWithRole(village, VillageRole.KEPALA_DESA)));
    }

    @Bean
    DesignationCriterionSource villageStaffEnrolled(WorkerService workers) {
        return source(Criterion.VILLAGE_STAFF_ENROLLED, (village, potential) ->
                met(workers.enrolledWithRole(village, VillageRole.PERANGKAT_DESA)));
    }

    /**
     * The share of the village's estimated informal workforce that must be enrolled. The programme sets it; it is a
     * setting ({@code app.designation.share-of-potential}, default 0.5) rather than a constant in code.
     */
    @Bean
    DesignationCriterionSource shareOfPotentialEnrolled(WorkerService workers,
                                                        @Value("${app.designation.share-of-potential:0.5}") double share) {
        return source(Criterion.SHARE_OF_POTENTIAL_ENROLLED, (village, potential) -> potential == null || potential <= 0
                ? State.NOT_TRACKED : met(workers.enrolledIn(village) >= Math.ceil(share * potential)));
    }

    private static State met(boolean met) {
        return met ? State.MET : State.NOT_MET;
    }

    private interface Rule {
        State evaluate(String villageCode, Integer potential);
    }

    private static DesignationCriterionSource source(Criterion criterion, Rule rule) {
        return new DesignationCriterionSource() {
            @Override
            public DesignationCheck.Criterion criterion() {
                return criterion;
            }

            @Override
            public State evaluate(String villageCode, Integer potential) {
                return rule.evaluate(villageCode, potential);
            }
        };
    }
}
