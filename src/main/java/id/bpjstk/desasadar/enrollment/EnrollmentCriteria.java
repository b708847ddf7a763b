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
    DesignationCriterionSource villageHeadEnrolled(WorkerQueries workers) {
        return roleSource(Criterion.VILLAGE_HEAD_ENROLLED, VillageRole.KEPALA_DESA, workers);
    }

    @Bean
    DesignationCriterionSource villageStaffEnrolled(WorkerQueries workers) {
        return roleSource(Criterion.VILLAGE_STAFF_ENROLLED, VillageRole.PERANGKAT_DESA, workers);
    }

    /** A role criterion; for many villages one index range over the few workers holding the role (V030). */
    private static DesignationCriterionSource roleSource(Criterion criterion, VillageRole role, WorkerQueries workers) {
        return new RuleSource(criterion, (villageCode, potential) -> met(workers.enrolledWithRole(villageCode, role))) {
            @Override
            public java.util.Map<String, State> evaluateAll(java.util.Map<String, Integer> potentials) {
                var with = workers.villagesWithRole(potentials.keySet(), role);
                var states = new java.util.HashMap<String, State>();
                potentials.keySet().forEach(v -> states.put(v, met(with.contains(v))));
                return states;
            }
        };
    }

    /**
     * The share of the village's estimated informal workforce that must be enrolled. The programme sets it; it is a
     * setting ({@code app.designation.share-of-potential}, default 0.5) rather than a constant in code.
     */
    @Bean
    DesignationCriterionSource shareOfPotentialEnrolled(WorkerQueries workers,
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
        return new RuleSource(criterion, rule);
    }

    /** A criterion that its rule evaluates village by village. */
    private static class RuleSource implements DesignationCriterionSource {

        private final Criterion criterion;
        private final Rule rule;

        RuleSource(Criterion criterion, Rule rule) {
            this.criterion = criterion;
            this.rule = rule;
        }

        @Override
        public DesignationCheck.Criterion criterion() {
            return criterion;
        }

        @Override
        public State evaluate(String villageCode, Integer potential) {
            return rule.evaluate(villageCode, potential);
        }
    }
}
