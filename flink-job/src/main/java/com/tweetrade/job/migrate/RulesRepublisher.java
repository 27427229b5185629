package com.tweetrade.job.migrate;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.PreparedStatement;
import com.datastax.driver.core.Session;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import com.tweetrade.model.tables.Tables.UserLogic;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes migrated rules where the rest of the system reads rules: Cassandra's {@code userLogic}
 * (the web UI, {@code migrate bootstrap}) and the rules topic (a job starting without a savepoint,
 * the tweet ingestor), so that both agree with the migrated savepoint.
 *
 * <p>Follows the web UI's protocol for a change: the row is written first, conditional on the
 * revision planned from (so a concurrent edit in the UI wins and is reported, not overwritten),
 * with {@code publish_pending = true}; then the event is sent and acknowledged; then the flag is
 * cleared. If the send fails the flag stays and the UI's republisher sends the row later.
 */
public final class RulesRepublisher implements AutoCloseable {
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final Cluster cluster;
  private final Session session;
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement markPublished;

  public RulesRepublisher(
      String cqlHost, int cqlPort, String keyspace, String kafkaBootstrap, String topic) {
    this.cluster = UserLogicRules.cluster(cqlHost, cqlPort);
    this.session = cluster.connect();
    this.topic = topic;
    insert = session.prepare(UserLogic.TABLE.insert(keyspace) + " IF NOT EXISTS");
    update =
        session.prepare(
            "UPDATE "
                + UserLogic.TABLE.in(keyspace)
                + " SET "
                + UserLogic.RULE_TEXT
                + " = ?, "
                + UserLogic.PAUSED
                + " = ?, "
                + UserLogic.REVISION
                + " = ?, "
                + UserLogic.UPDATED_AT
                + " = ?, "
                + UserLogic.PUBLISH_PENDING
                + " = true, "
                + UserLogic.EXPIRES_AT
                + " = ? WHERE "
                + UserLogic.USER_ID
                + " = ? AND "
                + UserLogic.RULE_ID
                + " = ? IF "
                + UserLogic.REVISION
                + " = ?");
    markPublished = session.prepare(UserLogic.markPublished(keyspace));
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    Credentials.addKafkaSignIn(props, Credentials.configured());
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** The rows of {@code userLogic}, deleted ones included, by rule id: what a plan starts from. */
  public Map<String, StoredRule> stored(String keyspace) {
    return UserLogicRules.rows(session, keyspace);
  }

  /**
   * Saves and publishes one migrated rule.
   *
   * @param stored the row the change was planned from, or null if the table had none
   * @return false if the row changed since it was read (nothing written, nothing sent)
   */
  public boolean republish(RuleEvent event, StoredRule stored) throws Exception {
    Date at = new Date(event.timestamp());
    Date expires = event.expiresAt() == null ? null : new Date(event.expiresAt());
    boolean saved =
        stored == null
            ? session
                .execute(
                    insert.bind(
                        event.userId(),
                        event.ruleId(),
                        event.text(),
                        event.paused(),
                        false,
                        event.revision(),
                        at,
                        at,
                        true,
                        expires))
                .wasApplied()
            : session
                .execute(
                    update.bind(
                        event.text(),
                        event.paused(),
                        event.revision(),
                        at,
                        expires,
                        event.userId(),
                        event.ruleId(),
                        stored.revision()))
                .wasApplied();
    if (!saved) return false;
    producer
        .send(new ProducerRecord<>(topic, event.ruleId(), JsonCodec.RULE_EVENT.encode(event)))
        .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    session.execute(markPublished.bind(event.userId(), event.ruleId(), event.revision()));
    return true;
  }

  @Override
  public void close() {
    producer.close();
    session.close();
    cluster.close();
  }
}
