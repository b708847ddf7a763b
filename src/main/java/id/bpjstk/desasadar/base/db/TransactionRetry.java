package id.bpjstk.desasadar.base.db;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a service's transaction again when the database aborted it as a deadlock (decision 025): on a Galera cluster
 * two nodes may commit conflicting writes at once, and the one that loses the certification is rolled back with
 * MariaDB's deadlock error (1213, SQL state 40001) — as InnoDB does with the loser of a deadlock on one server. Nothing
 * of the aborted attempt is stored, so running the whole method again is what the user asked for.
 *
 * <p>It wraps every {@code @Transactional} method from outside its transaction (ordered just before Spring's
 * transaction advice), and retries only the outermost call: a method that joined a caller's transaction cannot
 * start it again, its caller's retry does. Spring Framework 7's own {@code @Retryable} would need the annotation on
 * every service and would also retry such inner calls; its {@link RetryTemplate} does the retrying here.
 */
@Configuration(proxyBeanMethods = false)
class TransactionRetry {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    /** Attempts after the first; a conflict that comes back three times in a row is no longer a race. */
    static final int RETRIES = 3;

    /** MariaDB's ER_LOCK_DEADLOCK, also Galera's certification failure and brute-force abort. */
    private static final int ER_LOCK_DEADLOCK = 1213;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transactionRetryAdvisor() {
        var transactional = new AnnotationTransactionAttributeSource();
        var pointcut = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return transactional.getTransactionAttribute(method, targetClass) != null;
            }
        };
        var advisor = new DefaultPointcutAdvisor(pointcut, new Interceptor());
        // Spring's transaction advisor has the lowest precedence: this one runs just outside it
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    /** A deadlock or a lost certification anywhere in the cause chain, however Spring or Hibernate wrapped it. */
    static boolean isConflict(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && (e.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(e.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static final class Interceptor implements MethodInterceptor {

        private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(RETRIES)
                .delay(Duration.ofMillis(20))
                .jitter(Duration.ofMillis(20))
                .multiplier(2)
                .predicate(TransactionRetry::isConflict)
                .build());

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed();
            }
            int[] attempt = {0};
            try {
                return retry.execute(() -> {
                    if (attempt[0]++ > 0) {
                        log.warn("{}.{}: transaction aborted by a write conflict (deadlock or Galera certification), attempt {} of {}",
                                invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                                attempt[0], RETRIES + 1);
                    }
                    // each attempt runs the rest of the chain (the transaction advice, the method) anew
                    return invocation instanceof ProxyMethodInvocation proxied
                            ? proxied.invocableClone().proceed() : invocation.proceed();
                });
            } catch (RetryException e) {
                throw e.getCause();
            }
        }
    }
}
