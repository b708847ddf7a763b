package id.bpjstk.desasadar.base.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks shared by every node of one database (ShedLock, decision 021): a row per duty in {@code shedlock}
 * (V039), its times taken from the database's clock ({@code usingDbTime()}), so nodes whose clocks disagree still
 * agree on who holds a lock and until when. A future {@code @Scheduled} method that must run on one node only adds
 * {@code @SchedulerLock(name = …, lockAtMostFor = …)}; the start-up duties use {@link ClusterDuties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterLockConfig {

    @Bean
    JdbcTemplateLockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
