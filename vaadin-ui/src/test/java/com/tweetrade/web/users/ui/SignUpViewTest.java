package com.tweetrade.web.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.tweetrade.web.security.ui.LoginView;
import com.tweetrade.web.users.InMemoryUsers;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-up page (Karibu, no Spring): what it tells the visitor. */
class SignUpViewTest {
  private final InMemoryUsers users = new InMemoryUsers(100, 100);
  private SignUpView view;

  @BeforeEach
  void setUp() {
    MockVaadin.setup(new Routes(new HashSet<>(Set.of(LoginView.class)), new HashSet<>(), true));
    view = new SignUpView(users.service);
    UI.getCurrent().add(view);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void shouldExplainThatAPasswordIsTooLong() {
    signUp("alice", "ü".repeat(40));
    assertThat(view.error.getText()).contains("at most 72 bytes");
    assertThat(users.table).isEmpty();
  }

  @Test
  void shouldAnswerATakenNameExactlyAsAFreeOne() {
    signUp("alice", "first-password");
    List<String> free = shownAndCleared();
    setUp();
    signUp("alice", "other-password");
    List<String> taken = shownAndCleared();

    assertThat(taken).isEqualTo(free).containsExactly(SignUpView.DONE);
    assertThat(view.error.getText()).isEmpty();
    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
  }

  private void signUp(String name, String password) {
    view.username.setValue(name);
    view.password.setValue(password);
    view.confirm.setValue(password);
    view.signUp.click();
  }

  private static List<String> shownAndCleared() {
    List<String> texts =
        NotificationsKt.getNotifications().stream()
            .map(n -> n.getElement().getProperty("text"))
            .toList();
    NotificationsKt.clearNotifications();
    return texts;
  }
}
