package com.tweetrade.web.notifications.ui;

import com.tweetrade.web.base.ui.HeaderItem;
import com.tweetrade.web.notifications.NotificationService;
import com.vaadin.flow.component.Component;

/** Puts the {@link NotificationBadge} in the header of every signed-in view. */
@org.springframework.stereotype.Component
class NotificationBadgeItem implements HeaderItem {
  private final NotificationService notifications;

  NotificationBadgeItem(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public Component create() {
    return new NotificationBadge(notifications);
  }
}
