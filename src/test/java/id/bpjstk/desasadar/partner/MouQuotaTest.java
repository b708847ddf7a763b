package id.bpjstk.desasadar.partner;

import static id.bpjstk.desasadar.partner.PartnerServiceTest.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The quota counts the workers enrollment reports under the MoU (here a stand-in for the enrollment feature). */
@IntegrationTest
class MouQuotaTest {

    static final String SIDOARJO = "35.15";

    /** Workers enrolled per MoU, as the enrollment feature would report them. */
    static class EnrolledCounts implements MouEnrollments {
        final Map<Long, Long> counts = new ConcurrentHashMap<>();

        @Override
        public long enrolledUnder(long mouId) {
            return counts.getOrDefault(mouId, 0L);
        }
    }

    @TestConfiguration
    static class Enrollment {
        /** Stands in for the enrollment feature's count, so the quota can be reached without enrolling anyone. */
        @Bean
        @org.springframework.context.annotation.Primary
        EnrolledCounts enrolledCounts() {
            return new EnrolledCounts();
        }
    }

    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired EnrolledCounts enrolled;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "quota-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_mou_with_its_quota_reached_funds_no_further_worker() {
        MouView mou = mouWithQuota(10);
        enrolled.counts.put(mou.id(), 9L);

        partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO + ".01.2001", LocalDate.of(2026, 5, 1), 1);
        assertThat(partners.findMou(mou.id()).orElseThrow().remaining()).isEqualTo(1);

        enrolled.counts.put(mou.id(), 10L);
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO + ".01.2001", LocalDate.of(2026, 5, 1), 1), "mou.error.quota-exceeded");
        assertThat(partners.findMou(mou.id()).orElseThrow().remaining()).isZero();
    }

    @Test
    void the_quota_cannot_be_lowered_below_the_workers_already_enrolled() {
        MouView mou = mouWithQuota(10);
        enrolled.counts.put(mou.id(), 8L);

        assertViolation(() -> partners.saveMou(mou.partnerId(), mou.id(), new MouDraft(mou.number(), mou.title(), mou.startsOn(),
                mou.endsOn(), 7, null, mou.areaCodes()), mou.version()), "mou.error.quota-below-enrolled");
        assertThat(partners.saveMou(mou.partnerId(), mou.id(), new MouDraft(mou.number(), mou.title(), mou.startsOn(),
                mou.endsOn(), 8, null, mou.areaCodes()), mou.version()).remaining()).isZero();
    }

    private MouView mouWithQuota(int quota) {
        PartnerView sidoarjo = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkab Sidoarjo " + System.nanoTime(),
                SIDOARJO, null, null, null), PartnerView.NEW);
        return partners.saveMou(sidoarjo.id(), null, new MouDraft("QUOTA/" + System.nanoTime(), "Kuota", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), quota, null, List.of(SIDOARJO)), MouView.NEW);
    }
}
