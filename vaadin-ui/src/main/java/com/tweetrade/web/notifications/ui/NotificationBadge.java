package com.tweetrade.web.notifications.ui;

import com.tweetrade.web.base.ui.CoalescedAccess;
import com.tweetrade.web.notifications.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The header's link to the notifications with the number of unread ones; it follows new alerts and
 * "mark all read" while the page is open, by server push like the dashboard.
 */
class NotificationBadge extends Anchor {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationBadge.class);

  /** Shown instead of larger counts. */
  static final long MAX_SHOWN = 99;

  final Span count = new Span();

  private final NotificationService notifications;
  private @Nullable Runnable subscription;

  NotificationBadge(NotificationService notifications) {
    super(NotificationsView.ROUTE, "Notifications");
    this.notifications = notifications;
    setId("notifications-link");
    count.setId("unread-count");
    count.getElement().getThemeList().add("badge pill primary");
    count.getStyle().set("margin-left", "var(--lumo-space-xs)");
    add(count);
    refresh();
  }

  /** Re-reads the unread count; without Cassandra the count is hidden, the page still opens. */
  void refresh() {
    long unread;
    try {
      unread = notifications.unreadCount();
    } catch (RuntimeException e) {
      LOG.warn("Cannot count unread notifications: {}", e.toString());
      count.setVisible(false);
      return;
    }
    count.setText(unread > MAX_SHOWN ? MAX_SHOWN + "+" : Long.toString(unread));
    count.setVisible(unread > 0);
    getElement().setAttribute("title", unread + " unread notifications");
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // Called on Kafka threads: re-read inside ui.access, at most one re-read queued at a time.
    CoalescedAccess update = new CoalescedAccess(event.getUI(), this::refresh);
    subscription = notifications.subscribeToUnreadChanges(update::signal);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) subscription.run();
    subscription = null;
  }
}
