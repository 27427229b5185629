package com.tweetrade.model.tables;

import java.util.List;

/**
 * The Cassandra tables of keyspace {@code tweetdb}: names and columns as {@code schema.cql} (the
 * DDL) creates them, for every module that reads or writes them.
 *
 * <p>Each table has one owner that writes it ({@code userlogic}: the web UI, and {@code migrate
 * apply} for the rules it migrates; {@code usertable}: the web UI; the others: the Flink job) and
 * readers that take the same names from here. {@code TablesTest} compares every table and column
 * with {@code schema.cql}.
 */
public final class Tables {
  /** The product keyspace that {@code schema.cql} creates (tests use a copy under another name). */
  public static final String KEYSPACE = "tweetdb";

  private Tables() {}

  /** {@code usertable}: users of the web UI. */
  public static final class Users {
    public static final String USERNAME = "username";
    public static final String PASSWORD_HASH = "password_hash";
    public static final String DISPLAY_NAME = "display_name";
    public static final String ROLES = "roles";
    public static final String CREATED_AT = "created_at";
    public static final CqlTable TABLE =
        new CqlTable(
            "usertable", List.of(USERNAME, PASSWORD_HASH, DISPLAY_NAME, ROLES, CREATED_AT));

    private Users() {}
  }

  /**
   * {@code stocktimeseries}: windowed price statistics per ticker and UTC day (the job writes it).
   */
  public static final class StockTimeSeries {
    public static final CqlTable TABLE =
        new CqlTable(
            "stocktimeseries",
            List.of(
                "ticker",
                "window",
                "day",
                "window_end",
                "avg_cents",
                "vwap_cents",
                "min_cents",
                "max_cents",
                "last_cents",
                "quotes",
                "volume"));

    private StockTimeSeries() {}
  }

  /**
   * {@code twitterkeysentiments}: windowed sentiment per keyword and UTC day (the job writes it).
   */
  public static final class TwitterKeySentiments {
    public static final CqlTable TABLE =
        new CqlTable(
            "twitterkeysentiments",
            List.of(
                "keyword",
                "window",
                "day",
                "window_end",
                "mean_compound",
                "tweets",
                "share_positive",
                "share_negative"));

    private TwitterKeySentiments() {}
  }

  /**
   * {@code userlogic}: users' rules, one row per rule, deleted ones kept. The web UI writes it and
   * publishes each change to the rules topic; {@code migrate} reads it (bootstrap) and writes the
   * rules it migrates. A row becomes a rule event through {@link
   * com.tweetrade.model.rules.StoredRule}.
   */
  public static final class UserLogic {
    public static final String USER_ID = "user_id";
    public static final String RULE_ID = "rule_id";
    public static final String RULE_TEXT = "rule_text";
    public static final String PAUSED = "paused";
    public static final String DELETED = "deleted";
    public static final String REVISION = "revision";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    /**
     * True until the change is on the rules topic; the web UI's republisher sends rows that keep
     * it.
     */
    public static final String PUBLISH_PENDING = "publish_pending";

    /** Since rule schema 2; null for a rule that is good till cancelled. */
    public static final String EXPIRES_AT = "expires_at";

    public static final CqlTable TABLE =
        new CqlTable(
            "userlogic",
            List.of(
                USER_ID,
                RULE_ID,
                RULE_TEXT,
                PAUSED,
                DELETED,
                REVISION,
                CREATED_AT,
                UPDATED_AT,
                PUBLISH_PENDING,
                EXPIRES_AT));

    private UserLogic() {}

    /**
     * Clears {@link #PUBLISH_PENDING} if the row is still at the bound revision (so the publish of
     * an older revision never clears the flag of a newer one). Binds: user id, rule id, revision.
     */
    public static String markPublished(String keyspace) {
      return "UPDATE "
          + TABLE.in(keyspace)
          + " SET "
          + PUBLISH_PENDING
          + " = false WHERE "
          + USER_ID
          + " = ? AND "
          + RULE_ID
          + " = ? IF "
          + REVISION
          + " = ?";
    }
  }

  /**
   * {@code trades}: trades fired or rejected by rules, per user and UTC day (the job writes, the
   * web UI reads).
   */
  public static final class Trades {
    public static final String USER_ID = "user_id";

    /** The UTC day ({@code yyyy-MM-dd}) of the trade's event time: part of the partition key. */
    public static final String DAY = "day";

    public static final String EVENT_TIME = "event_time";
    public static final String TRADE_ID = "trade_id";
    public static final String RULE_ID = "rule_id";
    public static final String SIDE = "side";
    public static final String QUANTITY = "quantity";
    public static final String TICKER = "ticker";
    public static final String PRICE_CENTS = "price_cents";
    public static final String STATUS = "status";
    public static final String REASON = "reason";

    /** Input key to value, as the trade's explanation. */
    public static final String EXPLANATION = "explanation";

    public static final CqlTable TABLE =
        new CqlTable(
            "trades",
            List.of(
                USER_ID,
                DAY,
                EVENT_TIME,
                TRADE_ID,
                RULE_ID,
                SIDE,
                QUANTITY,
                TICKER,
                PRICE_CENTS,
                STATUS,
                REASON,
                EXPLANATION));

    private Trades() {}
  }

  /**
   * {@code positions}: the latest position of each user in each ticker (the job writes it, the web
   * UI reads it).
   */
  public static final class Positions {
    public static final String USER_ID = "user_id";
    public static final String TICKER = "ticker";
    public static final String QUANTITY = "quantity";
    public static final String AVG_COST_CENTS = "avg_cost_cents";
    public static final String REALISED_PNL_CENTS = "realised_pnl_cents";
    public static final String LAST_PRICE_CENTS = "last_price_cents";
    public static final String UNREALISED_PNL_CENTS = "unrealised_pnl_cents";
    public static final String UPDATED_AT = "updated_at";
    public static final CqlTable TABLE =
        new CqlTable(
            "positions",
            List.of(
                USER_ID,
                TICKER,
                QUANTITY,
                AVG_COST_CENTS,
                REALISED_PNL_CENTS,
                LAST_PRICE_CENTS,
                UNREALISED_PNL_CENTS,
                UPDATED_AT));

    private Positions() {}
  }

  /**
   * {@code equityhistory}: each user's paper account per UTC minute, per UTC day (the job writes
   * it, the web UI reads it); one row per minute, holding the latest state in that minute.
   */
  public static final class EquityHistory {
    public static final String USER_ID = "user_id";

    /** The UTC day ({@code yyyy-MM-dd}) of {@link #MINUTE}: part of the partition key. */
    public static final String DAY = "day";

    /** Start of the UTC minute. */
    public static final String MINUTE = "minute";

    public static final String CASH_CENTS = "cash_cents";
    public static final String MARKET_VALUE_CENTS = "market_value_cents";

    /** Cash plus market value. */
    public static final String EQUITY_CENTS = "equity_cents";

    public static final String UNREALISED_PNL_CENTS = "unrealised_pnl_cents";
    public static final String UPDATED_AT = "updated_at";
    public static final CqlTable TABLE =
        new CqlTable(
            "equityhistory",
            List.of(
                USER_ID,
                DAY,
                MINUTE,
                CASH_CENTS,
                MARKET_VALUE_CENTS,
                EQUITY_CENTS,
                UNREALISED_PNL_CENTS,
                UPDATED_AT));

    private EquityHistory() {}
  }

  /**
   * {@code openorders}: the resting orders of the job's order book, one row per order overwritten
   * on each change (the job writes it, the web UI lists the {@code OPEN} ones): {@link
   * com.tweetrade.model.OpenOrder}.
   */
  public static final class OpenOrders {
    public static final String USER_ID = "user_id";
    public static final String ORDER_ID = "order_id";
    public static final String RULE_ID = "rule_id";
    public static final String TICKER = "ticker";
    public static final String SIDE = "side";
    public static final String TYPE = "type";
    public static final String QUANTITY = "quantity";
    public static final String LIMIT_CENTS = "limit_cents";
    public static final String STOP_CENTS = "stop_cents";
    public static final String STATUS = "status";
    public static final String PLACED_AT = "placed_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String FILL_PRICE_CENTS = "fill_price_cents";
    public static final CqlTable TABLE =
        new CqlTable(
            "openorders",
            List.of(
                USER_ID,
                ORDER_ID,
                RULE_ID,
                TICKER,
                SIDE,
                TYPE,
                QUANTITY,
                LIMIT_CENTS,
                STOP_CENTS,
                STATUS,
                PLACED_AT,
                UPDATED_AT,
                FILL_PRICE_CENTS));

    private OpenOrders() {}
  }

  /**
   * {@code notifications}: alerts raised by rules, per user and UTC day (the job writes it, the web
   * UI lists it).
   */
  public static final class Notifications {
    public static final String USER_ID = "user_id";
    public static final String DAY = "day";
    public static final String EVENT_TIME = "event_time";
    public static final String ALERT_ID = "alert_id";
    public static final String RULE_ID = "rule_id";
    public static final String TEXT = "text";

    /** The trade the alert follows, {@code ""} for an alert-only rule. */
    public static final String TRADE_ID = "trade_id";

    public static final CqlTable TABLE =
        new CqlTable(
            "notifications", List.of(USER_ID, DAY, EVENT_TIME, ALERT_ID, RULE_ID, TEXT, TRADE_ID));

    private Notifications() {}
  }

  /**
   * {@code notificationsseen}: per user, the event time up to which the notifications are read
   * ("mark all read" in the web UI, which writes and reads it).
   */
  public static final class NotificationsSeen {
    public static final String USER_ID = "user_id";
    public static final String SEEN_UNTIL = "seen_until";
    public static final CqlTable TABLE =
        new CqlTable("notificationsseen", List.of(USER_ID, SEEN_UNTIL));

    private NotificationsSeen() {}
  }

  /**
   * {@code webhooks}: each user's webhook URL and signing secret (the web UI writes it, the
   * notifier reads it). The secret is a credential: never printed or logged.
   */
  public static final class Webhooks {
    public static final String USER_ID = "user_id";
    public static final String URL = "url";
    public static final String SECRET = "secret";
    public static final String UPDATED_AT = "updated_at";
    public static final CqlTable TABLE =
        new CqlTable("webhooks", List.of(USER_ID, URL, SECRET, UPDATED_AT));

    private Webhooks() {}
  }

  /**
   * {@code webhookdeliveries}: every webhook delivery attempt, per user and UTC day (the notifier
   * writes it, the web UI shows it as the delivery log).
   */
  public static final class WebhookDeliveries {
    public static final String USER_ID = "user_id";
    public static final String DAY = "day";
    public static final String ATTEMPTED_AT = "attempted_at";
    public static final String ALERT_ID = "alert_id";

    /** 1 for the first try. */
    public static final String ATTEMPT = "attempt";

    public static final String URL = "url";

    /** The HTTP status, 0 when none came (timeout, refused connection). */
    public static final String STATUS = "status";

    /** {@code DELIVERED}, {@code RETRYING} or {@code FAILED}. */
    public static final String OUTCOME = "outcome";

    public static final String ERROR = "error";
    public static final CqlTable TABLE =
        new CqlTable(
            "webhookdeliveries",
            List.of(USER_ID, DAY, ATTEMPTED_AT, ALERT_ID, ATTEMPT, URL, STATUS, OUTCOME, ERROR));

    private WebhookDeliveries() {}
  }

  /**
   * {@code accounts}: each user's paper-account settings (the web UI writes and reads it; the job
   * gets them from the accounts topic). No row: the job's {@code --starting-capital}.
   */
  public static final class Accounts {
    public static final String USER_ID = "user_id";
    public static final String STARTING_CAPITAL_CENTS = "starting_capital_cents";
    public static final String UPDATED_AT = "updated_at";
    public static final CqlTable TABLE =
        new CqlTable("accounts", List.of(USER_ID, STARTING_CAPITAL_CENTS, UPDATED_AT));

    private Accounts() {}
  }

  /** Every table of {@code schema.cql}. */
  public static final List<CqlTable> ALL =
      List.of(
          Users.TABLE,
          StockTimeSeries.TABLE,
          TwitterKeySentiments.TABLE,
          UserLogic.TABLE,
          Trades.TABLE,
          Positions.TABLE,
          EquityHistory.TABLE,
          OpenOrders.TABLE,
          Notifications.TABLE,
          NotificationsSeen.TABLE,
          Webhooks.TABLE,
          WebhookDeliveries.TABLE,
          Accounts.TABLE);
}
