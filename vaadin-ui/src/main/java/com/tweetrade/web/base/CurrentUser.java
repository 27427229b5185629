package com.tweetrade.web.base;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, read from Spring Security's context, for authorisation checks in services.
 *
 * <p>Services ask this rather than taking a user name as a parameter, so a view cannot act for
 * someone else by passing another name. Vaadin's security context strategy makes this work inside
 * {@code ui.access} callbacks as well as in request threads.
 */
@Component
public class CurrentUser {
  public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

  /** The signed-in user's name, if any. */
  public Optional<String> username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(auth.getName());
  }

  /** The signed-in user's name; throws when nobody is signed in. */
  public String require() {
    return username().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  public boolean isAdmin() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return username().isPresent()
        && auth.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
  }

  /** Passes when the caller is {@code owner} or an administrator; throws otherwise. */
  public String requireOwnerOrAdmin(String owner) {
    String me = require();
    if (!me.equals(owner) && !isAdmin()) {
      throw new AccessDeniedException("'" + me + "' may not access data of '" + owner + "'");
    }
    return me;
  }

  /** Passes for administrators only. */
  public void requireAdmin() {
    require();
    if (!isAdmin()) throw new AccessDeniedException("administrators only");
  }
}
