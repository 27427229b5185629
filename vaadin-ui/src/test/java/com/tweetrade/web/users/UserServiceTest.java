package com.tweetrade.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sign-up rules of {@link UserService}, on a map instead of Cassandra. */
class UserServiceTest {
  private static final String IP = "10.0.0.1";
  private final InMemoryUsers users = new InMemoryUsers(100, 100);

  @Test
  void shouldRefuseAPasswordLongerThanBcryptTakesWithAMessage() {
    assertThatThrownBy(() -> users.service.signUp("alice", "", "x".repeat(73), IP))
        .isInstanceOf(SignUpException.class)
        .hasMessageContaining("at most 72 bytes");
    // 37 characters, but 74 bytes in UTF-8.
    assertThatThrownBy(() -> users.service.signUp("alice", "", "é".repeat(37), IP))
        .isInstanceOf(SignUpException.class)
        .hasMessageContaining("at most 72 bytes");
    assertThatThrownBy(
            () -> users.service.create("root", "", "x".repeat(73), Set.of(User.ROLE_ADMIN)))
        .isInstanceOf(SignUpException.class)
        .hasMessageContaining("at most 72 bytes");
    assertThat(users.inserts).isZero();

    assertThatCode(() -> users.service.signUp("alice", "", "é".repeat(36), IP))
        .doesNotThrowAnyException();
    assertThat(users.table).containsKey("alice");
  }

  @Test
  void shouldAnswerATakenNameAsAFreeOneAfterTheSameWork() {
    users.service.signUp("alice", "Alice", "first-password", IP);
    String hash = users.table.get("alice").passwordHash();

    assertThatCode(() -> users.service.signUp(" ALICE ", "Mallory", "other-password", "10.6.6.6"))
        .doesNotThrowAnyException();
    assertThat(users.inserts).as("hashed and inserted both times").isEqualTo(2);
    assertThat(users.table.get("alice").passwordHash()).isEqualTo(hash);
    assertThat(users.table.get("alice").displayName()).isEqualTo("Alice");
  }

  @Test
  void shouldTellStartUpProvisioningWhetherItCreatedTheUser() {
    assertThat(users.service.create("demo", "demo", "demo-password", Set.of(User.ROLE_USER)))
        .isTrue();
    assertThat(users.service.create("demo", "demo", "demo-password", Set.of(User.ROLE_USER)))
        .isFalse();
  }

  @Test
  void shouldRateLimitSignUpsButNotStartUpProvisioning() {
    InMemoryUsers limited = new InMemoryUsers(1, 100);
    limited.service.signUp("alice", "", "a-password", IP);
    assertThatThrownBy(() -> limited.service.signUp("bob", "", "b-password", IP))
        .isInstanceOf(SignUpException.class);
    assertThat(limited.table).doesNotContainKey("bob");
    assertThat(limited.service.create("root", "", "r-password", Set.of(User.ROLE_ADMIN))).isTrue();
  }
}
