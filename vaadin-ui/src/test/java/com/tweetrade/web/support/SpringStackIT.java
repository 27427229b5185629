package com.tweetrade.web.support;

import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests that run the Spring application against the real Kafka + Cassandra. */
@ExtendWith(RealStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SpringStackIT {

  @BeforeAll
  static void startStack(RealStack stack) {
    TestStack.init(stack);
  }

  @DynamicPropertySource
  static void stackProperties(DynamicPropertyRegistry registry) {
    TestStack.register(registry);
  }

  /** Makes the current thread act as {@code user} for services' authorisation checks. */
  protected static void signInAs(String user, String... roles) {
    var authorities =
        java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  /** A name no other test uses, so tests sharing the keyspace do not meet. */
  protected static String uniqueUser(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }
}
