package com.tweetrade.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check with {@link LoginThrottle}: refuses locked attempts, counts failures per
 * name and address.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
  private final AuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    String address = address(authentication);
    if (throttle.isLocked(username, address)) {
      throw new LockedException("Too many failed sign-ins; try again later.");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      throttle.recordSuccess(username, address);
      return result;
    } catch (AuthenticationException e) {
      throttle.recordFailure(username, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }
}
