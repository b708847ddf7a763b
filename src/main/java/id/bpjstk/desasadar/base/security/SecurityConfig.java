package id.bpjstk.desasadar.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import id.bpjstk.desasadar.base.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** The active profiles name it for a production start: the default profile of every start without one. */
    static final String PRODUCTION = "production";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityStamps stamps, UserService users,
                                            ObjectProvider<SecurityContextHolderStrategy> holder,
                                            @Value("${app.map.tile-url:}") String tileUrl) throws Exception {
        // a throttled sign-in comes back to the login view with its own message (it names no account: decision 019)
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(java.util.Map.of(SignInThrottledException.class.getName(), "/login?error=throttled"));
        // the login page is named here too: a form login configured before Vaadin's without it would make Spring
        // Security serve its own generated login page instead of the app's LoginView
        http.formLogin(f -> f.loginPage("/login").failureHandler(failure));
        http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/icons/**", "/styles.css").permitAll()
                // personal calendar feeds: calendar apps cannot sign in, the unguessable token in the path is the credential
                .requestMatchers("/kalender/*.ics").permitAll());
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forTiles(tileUrl)))
                .frameOptions(f -> f.deny())
                // the map tile server (OpenStreetMap asks for a referrer) learns the origin, never a page's path
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults()));
        // right after the session's sign-in is loaded, before anything decides on it
        http.addFilterAfter(new SecurityStampFilter(stamps, users, holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    /**
     * The actuator (decision 021): health, liveness and readiness answer anyone (load balancers, container health
     * checks and orchestrators do not sign in; they learn only UP or DOWN), everything else — metrics, Prometheus, info —
     * only an administrator. By HTTP Basic on each request and without a session, since a metrics scraper has no
     * login form; the password goes through the same sign-in check and throttling as the login form.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        // a bare 401 with a Basic challenge and a bare 403: sendError would forward to /error, which the app's own chain
        // answers with a redirect to the login page (a scraper would follow it to a 200)
        AuthenticationEntryPoint challenge = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"desa-sadar\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        AccessDeniedHandler refuse = (request, response, e) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(challenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge).accessDeniedHandler(refuse))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Ahead of Spring Security and Vaadin, which would start a session for the stale request. */
    @Bean
    FilterRegistrationBean<StaleSessionFilter> staleSessionFilter() {
        var registration = new FilterRegistrationBean<>(new StaleSessionFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The only way to sign in with a password: the password check (PasswordSignIn), throttled (decision 019). */
    @Bean
    AuthenticationProvider passwordSignIn(UserService users, PasswordEncoder passwordEncoder, Environment environment,
                                          SignInThrottle throttle) {
        return new ThrottledAuthentication(
                new PasswordSignIn(users, passwordEncoder, environment.acceptsProfiles(Profiles.of(PRODUCTION))), throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
