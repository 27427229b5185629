package com.tweetrade.web.security;

import com.tweetrade.web.security.ui.LoginView;
import com.tweetrade.web.users.User;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the Vaadin UI: form login through {@link LoginView}, bcrypt passwords from
 * Cassandra, throttled failed sign-ins, and public access only to the ECharts web jar. The actuator
 * has its own chain: HTTP basic (what Prometheus speaks) with the same accounts and throttle,
 * metrics for admins only, health for anyone.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, AuthenticationManager manager)
      throws Exception {
    return http.securityMatcher("/actuator/**")
        .authenticationManager(manager)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health")
                    .permitAll()
                    .anyRequest()
                    .hasRole(User.ROLE_ADMIN))
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::basicChallenge))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::basicChallenge))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session and no form: nothing for a forged cross-site request to ride on.
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * 401 with the basic challenge, set on the response rather than sent as an error: an error
   * dispatch would go to /error, through the UI's chain, and come back as a redirect to the login.
   */
  private static void basicChallenge(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"tweetrade\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager manager)
      throws Exception {
    http.authenticationManager(manager);
    http.authorizeHttpRequests(
        auth -> auth.requestMatchers("/_static/**", "/charts/**").permitAll());
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(
      CassandraUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
  }
}
