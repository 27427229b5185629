package com.tweetrade.web.notifications;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.Alert;
import com.tweetrade.model.tables.Tables.Notifications;
import com.tweetrade.model.tables.Tables.NotificationsSeen;
import com.tweetrade.web.base.Rows;
import com.tweetrade.web.base.UtcDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Reads the job's {@code notifications} (per user and UTC day, newest first) and reads and writes
 * each user's {@code notificationsseen}.
 */
@Repository
public class NotificationRepository {
  private final CqlSession session;
  private final PreparedStatement ofDay;
  private final PreparedStatement countAfter;
  private final PreparedStatement seenOfUser;
  private final PreparedStatement saveSeen;

  public NotificationRepository(CqlSession session) {
    this.session = session;
    String partition = " WHERE " + Notifications.USER_ID + " = ? AND " + Notifications.DAY + " = ?";
    ofDay =
        session.prepare(
            Notifications.TABLE.selectWhere(null, Notifications.USER_ID, Notifications.DAY)
                + " LIMIT ?");
    countAfter =
        session.prepare(
            "SELECT COUNT(*) FROM "
                + Notifications.TABLE.name()
                + partition
                + " AND "
                + Notifications.EVENT_TIME
                + " > ?");
    seenOfUser =
        session.prepare(NotificationsSeen.TABLE.selectWhere(null, NotificationsSeen.USER_ID));
    saveSeen = session.prepare(NotificationsSeen.TABLE.insert(null));
  }

  /** A user's newest alerts, today's then yesterday's (UTC), at most {@code limit}. */
  public List<Alert> recent(String userId, Instant now, int limit) {
    List<Alert> alerts = new ArrayList<>();
    for (LocalDate day : UtcDays.todayAndYesterday(now)) {
      if (alerts.size() >= limit) break;
      for (Row row : session.execute(ofDay.bind(userId, day.toString(), limit - alerts.size()))) {
        alerts.add(toAlert(row));
      }
    }
    return alerts;
  }

  /** How many of a user's alerts of today and yesterday (UTC) are later than {@code seenUntil}. */
  public long countAfter(String userId, Instant now, long seenUntil) {
    long count = 0;
    for (LocalDate day : UtcDays.todayAndYesterday(now)) {
      Row row =
          session
              .execute(countAfter.bind(userId, day.toString(), Instant.ofEpochMilli(seenUntil)))
              .one();
      if (row != null) count += row.getLong(0);
    }
    return count;
  }

  /** The event time up to which a user has read their alerts; 0 when never. */
  public long seenUntil(String userId) {
    Row row = session.execute(seenOfUser.bind(userId)).one();
    Instant seen = row == null ? null : row.getInstant(NotificationsSeen.SEEN_UNTIL);
    return seen == null ? 0 : seen.toEpochMilli();
  }

  public void saveSeenUntil(String userId, long eventTime) {
    session.execute(saveSeen.bind(userId, Instant.ofEpochMilli(eventTime)));
  }

  private static Alert toAlert(Row row) {
    return new Alert(
        row.getString(Notifications.ALERT_ID),
        row.getString(Notifications.USER_ID),
        row.getString(Notifications.RULE_ID),
        row.getString(Notifications.TEXT),
        Rows.text(row, Notifications.TRADE_ID),
        Rows.millis(row, Notifications.EVENT_TIME));
  }
}
