package com.tweetrade.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledAuthenticationProviderTest {
  private final AtomicInteger passwordChecks = new AtomicInteger();

  /** Accepts only alice/secret, counting how often the (slow, bcrypt) check runs. */
  private final AuthenticationProvider passwords =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
          passwordChecks.incrementAndGet();
          if ("alice".equals(a.getName()) && "secret".equals(a.getCredentials())) {
            return UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, java.util.List.of());
          }
          throw new BadCredentialsException("bad");
        }

        @Override
        public boolean supports(Class<?> c) {
          return true;
        }
      };

  private final ThrottledAuthenticationProvider provider =
      new ThrottledAuthenticationProvider(passwords, new LoginThrottle(Clock.systemUTC()));

  @Test
  void shouldRefuseEvenTheRightPasswordAfterFiveFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThatThrownBy(() -> provider.authenticate(token("wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> provider.authenticate(token("secret")))
        .isInstanceOf(LockedException.class);
    assertThat(passwordChecks).hasValue(LoginThrottle.MAX_FAILURES);
  }

  @Test
  void shouldBackOffTheAccountWhenFailuresComeFromManyAddresses() {
    for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
      var wrong = token("wrong", "10.1.0." + i);
      assertThatThrownBy(() -> provider.authenticate(wrong))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> provider.authenticate(token("secret", "10.2.0.1")))
        .isInstanceOf(LockedException.class);
    assertThat(passwordChecks).hasValue(LoginThrottle.ACCOUNT_FREE_FAILURES);
  }

  @Test
  void shouldSignInWithTheRightPassword() {
    assertThat(provider.authenticate(token("secret")).isAuthenticated()).isTrue();
  }

  private static UsernamePasswordAuthenticationToken token(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("alice", password);
  }

  /** A sign-in as the login form sends it, from {@code address}. */
  private static UsernamePasswordAuthenticationToken token(String password, String address) {
    UsernamePasswordAuthenticationToken token = token(password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return token;
  }
}
