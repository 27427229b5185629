package com.tweetrade.stack;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.tweetrade.model.access.Credentials;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a fresh password-authenticated Cassandra node into a secured one, and keeps it so: the
 * stack's {@code admin} super user replaces the well-known default {@code cassandra/cassandra}
 * (which loses its login), and every part of {@link StackAccess} gets a login role with its grants.
 */
final class CassandraAccess {
  private static final Logger LOG = LoggerFactory.getLogger(CassandraAccess.class);
  static final String DEFAULT_SUPERUSER = "cassandra";

  /** The default super user appears a moment after the CQL port opens. */
  private static final Duration DEFAULT_ROLE_WAIT = Duration.ofSeconds(60);

  private CassandraAccess() {}

  /**
   * Signs in as the admin, creating it from the default super user on a fresh node; the caller
   * closes the session.
   */
  static CqlSession adminSession(InetSocketAddress contactPoint, Credentials admin) {
    return adminSession(contactPoint, admin, 1);
  }

  /**
   * As {@link #adminSession(InetSocketAddress, Credentials)} on a ring of {@code nodes}: on a fresh
   * ring, system_auth first gets a replica per node, so that signing in survives a node's loss.
   */
  static CqlSession adminSession(InetSocketAddress contactPoint, Credentials admin, int nodes) {
    Optional<CqlSession> asAdmin = trySignIn(contactPoint, admin);
    if (asAdmin.isPresent()) {
      return asAdmin.get();
    }
    Credentials builtIn = new Credentials(DEFAULT_SUPERUSER, DEFAULT_SUPERUSER, Credentials.PLAIN);
    long deadline = System.nanoTime() + DEFAULT_ROLE_WAIT.toNanos();
    while (true) {
      Optional<CqlSession> asDefault = trySignIn(contactPoint, builtIn);
      if (asDefault.isPresent()) {
        try (CqlSession session = asDefault.get()) {
          if (nodes > 1) {
            Cql.replicate(session, "system_auth", nodes);
          }
          session.execute(
              "CREATE ROLE IF NOT EXISTS "
                  + StackAccess.quotedRole(admin.user())
                  + " WITH SUPERUSER = true AND LOGIN = true AND PASSWORD = "
                  + literal(admin.password()));
        }
        LOG.info("Cassandra: created the super user '{}'", admin.user());
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Cannot sign in to Cassandra at "
                + contactPoint
                + " as '"
                + admin.user()
                + "' (password in its secrets file) nor, on a fresh node, as the default super"
                + " user. If the secrets directory was deleted after the first start, restore it or"
                + " start with a new home directory.");
      }
      sleep();
    }
    // On a ring the new role reaches a quorum of system_auth's replicas a moment after the CREATE
    // returns (seen: a sign-in right after it refused): try for a while before giving up.
    long signInDeadline = System.nanoTime() + DEFAULT_ROLE_WAIT.toNanos();
    Optional<CqlSession> signedIn = trySignIn(contactPoint, admin);
    while (signedIn.isEmpty() && System.nanoTime() < signInDeadline) {
      sleep();
      signedIn = trySignIn(contactPoint, admin);
    }
    CqlSession session =
        signedIn.orElseThrow(
            () ->
                new IllegalStateException(
                    "The new Cassandra super user '" + admin.user() + "' cannot sign in"));
    if (nodes > 1) {
      // Its row was written while system_auth had one replica, and the ALTER below reads it at a
      // quorum, which can miss it (seen once). A read at ALL first repairs the row onto every node.
      session.execute(
          SimpleStatement.newInstance(
                  "SELECT role FROM system_auth.roles WHERE role = ?", DEFAULT_SUPERUSER)
              .setConsistencyLevel(DefaultConsistencyLevel.ALL));
    }
    // The default super user's password is public knowledge: lock it out for good.
    session.execute(
        "ALTER ROLE "
            + DEFAULT_SUPERUSER
            + " WITH PASSWORD = "
            + literal(Credentials.generate(DEFAULT_SUPERUSER, Credentials.PLAIN).password())
            + " AND SUPERUSER = false AND LOGIN = false");
    return session;
  }

  /**
   * Creates or updates every part's role (password from its file) and grants its rights;
   * idempotent.
   */
  static void applyRoles(CqlSession admin, InetSocketAddress contactPoint, StackAccess access) {
    for (StackAccess.Principal principal : StackAccess.PRINCIPALS) {
      if (principal.cqlGrants().isEmpty()) {
        continue;
      }
      String role = StackAccess.quotedRole(principal.name());
      Credentials credentials = access.of(principal.name()).orElseThrow();
      String password = literal(credentials.password());
      boolean exists =
          admin.execute("SELECT role FROM system_auth.roles WHERE role = ?", principal.name()).one()
              != null;
      if (!exists) {
        admin.execute("CREATE ROLE " + role + " WITH LOGIN = true AND PASSWORD = " + password);
      } else if (trySignIn(contactPoint, credentials)
          .map(
              session -> {
                session.close();
                return true;
              })
          .isEmpty()) {
        // A new secrets file (rotation): Cassandra allows one password change per role every 5 s.
        admin.execute("ALTER ROLE " + role + " WITH LOGIN = true AND PASSWORD = " + password);
        LOG.info("Cassandra: new password for role '{}'", principal.name());
      }
      for (String grant : principal.cqlGrants()) {
        admin.execute(String.format(grant, role));
      }
    }
  }

  private static Optional<CqlSession> trySignIn(
      InetSocketAddress contactPoint, Credentials credentials) {
    try {
      return Optional.of(Cql.ddlSession(contactPoint, Optional.of(credentials)));
    } catch (AuthenticationException e) {
      return Optional.empty();
    } catch (AllNodesFailedException e) {
      boolean refused =
          e.getAllErrors().values().stream()
              .flatMap(java.util.List::stream)
              .anyMatch(t -> t instanceof AuthenticationException);
      if (refused) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** A CQL string literal (generated passwords are base64url, so this never needs more). */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while waiting for Cassandra's default super user", e);
    }
  }
}
