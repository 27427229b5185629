package com.tweetrade.web.notifications;

import com.tweetrade.model.Alert;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.KafkaTopicTail;
import com.tweetrade.web.base.Listeners;
import com.tweetrade.web.base.TopicFollower;
import com.tweetrade.web.base.TweetradeProperties;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The caller's notifications (the alerts of their NOTIFY rules): the list from Cassandra, new ones
 * live from the alerts topic, and which are unread.
 *
 * <p>"Read" is one time per user: marking all read stores the event time of the newest alert, and
 * an alert with a later event time is unread. The list and the count cover today and yesterday
 * (UTC), as the dashboard's trades do. Every method serves the caller ({@link CurrentUser}) only;
 * live subscriptions are filtered to the subscriber's own alerts.
 */
@Service
public class NotificationService extends TopicFollower {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  /** Most notifications listed. */
  static final int RECENT = 100;

  private final NotificationRepository repository;
  private final CurrentUser currentUser;
  private final TweetradeProperties props;
  private final Clock clock;
  private final Listeners<Alert> alerts = new Listeners<>();

  /** The user whose unread count changed: an alert came, or they marked all read. */
  private final Listeners<String> changes = new Listeners<>();

  public NotificationService(
      NotificationRepository repository,
      CurrentUser currentUser,
      TweetradeProperties props,
      Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.props = props;
    this.clock = clock;
  }

  /** The caller's newest notifications, newest first. */
  public List<Alert> recent() {
    return repository.recent(currentUser.require(), clock.instant(), RECENT);
  }

  /** How many of the caller's notifications are unread. */
  public long unreadCount() {
    String me = currentUser.require();
    return repository.countAfter(me, clock.instant(), repository.seenUntil(me));
  }

  /** The event time up to which the caller has read (0: never marked). */
  public long seenUntil() {
    return repository.seenUntil(currentUser.require());
  }

  /** Marks every notification the caller has now as read. */
  public void markAllRead() {
    String me = currentUser.require();
    long seen = repository.seenUntil(me);
    long newest =
        repository.recent(me, clock.instant(), 1).stream()
            .mapToLong(Alert::eventTime)
            .findFirst()
            .orElse(seen);
    if (newest > seen) repository.saveSeenUntil(me, newest);
    changes.fire(me);
  }

  /**
   * Calls {@code listener} (on a Kafka thread) for each new alert of the caller; run the returned
   * handle to stop.
   */
  public Runnable subscribeToMine(Consumer<Alert> listener) {
    String me = currentUser.require();
    return alerts.add(
        alert -> {
          if (me.equals(alert.userId())) listener.accept(alert);
        });
  }

  /**
   * Calls {@code listener} (on any thread) when the caller's unread count may have changed: a new
   * alert, or "mark all read" in any of their pages on this server.
   */
  public Runnable subscribeToUnreadChanges(Runnable listener) {
    String me = currentUser.require();
    return changes.add(
        user -> {
          if (me.equals(user)) listener.run();
        });
  }

  /** Applies one alerts-topic record; public so tests can feed alerts without Kafka. */
  public void onRecord(byte[] value) {
    Alert alert;
    try {
      alert = JsonCodec.ALERT.decode(value);
    } catch (MalformedEventException e) {
      LOG.debug("Skipping unreadable alert: {}", e.getMessage());
      return;
    }
    alerts.fire(alert);
    changes.fire(alert.userId());
  }

  @Override
  protected KafkaTopicTail newTail() {
    return new KafkaTopicTail(
        props.kafkaBootstrap(), props.topics().alerts(), 0, r -> onRecord(r.value()));
  }
}
