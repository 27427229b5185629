package com.tweetrade.job.io;

import com.tweetrade.job.Uids;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.Alert;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.tables.Tables;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Writes the alerts of {@code NOTIFY} rules: exactly once to the alerts topic (keyed by user id),
 * and to Cassandra {@code notifications} for the web UI.
 *
 * <p>Kafka: a transaction per checkpoint, like the trades, with transactional ids of their own (the
 * trades prefix plus {@code -alerts}); the webhook notifier reads them {@code read_committed}.
 * Cassandra: rows are keyed by user, day, event time and the deterministic alert id, so a replay
 * overwrites them (at-least-once delivery, exactly-once rows).
 */
public final class AlertSinks {
  /** Every column of {@code notifications}, in DDL order; {@code %s} is the keyspace. */
  public static final String NOTIFICATION_INSERT = Tables.Notifications.TABLE.insert("%s") + ";";

  private AlertSinks() {}

  public static void alerts(DataStream<Alert> alerts, JobConfig config) throws Exception {
    alerts
        .sinkTo(
            KafkaSinks.exactlyOnce(
                config,
                new JsonRecordSerializer<>(
                    config.rules().alertsTopic(), JsonCodec.ALERT, Alert::userId),
                transactionalIdPrefix(config)))
        .uid(Uids.ALERTS_KAFKA_SINK)
        .name("Alerts Kafka Sink (exactly once)");
    CassandraSinks.rows(
        alerts
            .map(new AlertRowFunction(), AlertRowFunction.ROW)
            .uid(Uids.NOTIFICATION_CASSANDRA_ROWS)
            .name("Alert to Row"),
        NOTIFICATION_INSERT,
        config,
        Uids.NOTIFICATIONS_CASSANDRA_SINK,
        "Cassandra notifications");
  }

  /** Each exactly-once sink needs transactional ids of its own: the trades prefix + -alerts. */
  static String transactionalIdPrefix(JobConfig config) {
    return config.rules().transactionalIdPrefix() + "-alerts";
  }
}
