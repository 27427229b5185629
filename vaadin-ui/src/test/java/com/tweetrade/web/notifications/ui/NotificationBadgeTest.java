package com.tweetrade.web.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.web.notifications.NotificationService;
import com.tweetrade.web.support.Subscriber;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header's unread badge (Karibu, no Spring): the count, live while the page is open. */
class NotificationBadgeTest {
  private final NotificationService notifications = mock(NotificationService.class);
  private final Subscriber<Runnable> changed = new Subscriber<>();

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(notifications.subscribeToUnreadChanges(any())).thenAnswer(changed);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private NotificationBadge open() {
    NotificationBadge badge = (NotificationBadge) new NotificationBadgeItem(notifications).create();
    UI.getCurrent().add(badge);
    return badge;
  }

  @Test
  void shouldShowTheUnreadCountAndLinkToTheList() {
    when(notifications.unreadCount()).thenReturn(3L);

    NotificationBadge badge = open();

    assertThat(badge.count.getText()).isEqualTo("3");
    assertThat(badge.count.isVisible()).isTrue();
    assertThat(badge.getHref()).isEqualTo(NotificationsView.ROUTE);
  }

  @Test
  void shouldHideTheCountWhenAllAreReadAndCapLargeOnes() {
    when(notifications.unreadCount()).thenReturn(0L);
    NotificationBadge badge = open();
    assertThat(badge.count.isVisible()).isFalse();

    when(notifications.unreadCount()).thenReturn(250L);
    badge.refresh();
    assertThat(badge.count.getText()).isEqualTo("99+");
  }

  @Test
  void shouldFollowNewAlertsAndMarkAllReadWhileThePageIsOpen() {
    when(notifications.unreadCount()).thenReturn(1L);
    NotificationBadge badge = open();

    // An alert arrives (on a Kafka thread): the badge re-reads the count in ui.access.
    when(notifications.unreadCount()).thenReturn(2L);
    changed.get().run();
    MockVaadin.clientRoundtrip();
    assertThat(badge.count.getText()).isEqualTo("2");

    // "Mark all read" on the list.
    when(notifications.unreadCount()).thenReturn(0L);
    changed.get().run();
    MockVaadin.clientRoundtrip();
    assertThat(badge.count.isVisible()).isFalse();
  }

  @Test
  void shouldStillOpenThePageWhenTheCountCannotBeRead() {
    when(notifications.unreadCount()).thenThrow(new IllegalStateException("Cassandra is down"));

    NotificationBadge badge = open();

    assertThat(badge.count.isVisible()).isFalse();
    assertThat(badge.getText()).isEqualTo("Notifications");
  }

  @Test
  void shouldStopFollowingWhenThePageCloses() {
    when(notifications.unreadCount()).thenReturn(0L);
    NotificationBadge badge = open();
    assertThat(changed.get()).isNotNull();

    UI.getCurrent().remove(badge);

    assertThat(changed.get()).isNull();
  }
}
