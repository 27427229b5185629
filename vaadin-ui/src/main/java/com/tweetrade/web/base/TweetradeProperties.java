package com.tweetrade.web.base;

import com.tweetrade.model.Topics;
import com.tweetrade.model.settings.CqlContactPoints;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the web UI finds Kafka, Cassandra and the Flink Web UI, bound from {@code tweetrade.*}.
 *
 * <p>Kafka and Cassandra are the shared settings of every part: {@link SharedSettingsPostProcessor}
 * supplies them (flag, environment, {@code conf/tweetrade.properties}, default), so they have no
 * default here.
 *
 * @param kafkaBootstrap Kafka bootstrap servers, flag {@code --kafka}, env {@code
 *     TWEETRADE_KAFKA_BOOTSTRAP}
 * @param cql Cassandra contact point as {@code host:port}, flag {@code --cql}, env {@code
 *     TWEETRADE_CQL}
 * @param keyspace the Cassandra keyspace holding TweeTrade's tables
 * @param localDatacenter the Cassandra data center the driver talks to
 * @param flinkUiUrl link shown on the dashboard; the System page reads Flink's REST API there
 * @param topics Kafka topic names; the defaults are {@link Topics}, tests use unique ones
 */
@ConfigurationProperties(prefix = "tweetrade")
public record TweetradeProperties(
    String kafkaBootstrap,
    String cql,
    @DefaultValue("tweetdb") String keyspace,
    @DefaultValue("datacenter1") String localDatacenter,
    @DefaultValue("http://127.0.0.1:8081") URI flinkUiUrl,
    @DefaultValue TopicNames topics) {

  /**
   * The CQL contact points (one node, or several of a ring), resolved; a missing port means
   * Cassandra's default 9042.
   */
  public List<InetSocketAddress> cqlAddresses() {
    return CqlContactPoints.parse(cql).stream()
        .map(p -> new InetSocketAddress(p.getHostString(), p.getPort()))
        .toList();
  }

  /**
   * Names of the topics the UI reads and writes, and of those the System page only measures
   * (quotes, tweets, dead letters: their end offsets).
   */
  public record TopicNames(
      @DefaultValue(Topics.RULES) String rules,
      @DefaultValue(Topics.TRADES) String trades,
      @DefaultValue(Topics.AGGREGATES) String aggregates,
      @DefaultValue(Topics.ALERTS) String alerts,
      @DefaultValue(Topics.ORDER_COMMANDS) String orderCommands,
      @DefaultValue(Topics.ACCOUNTS) String accounts,
      @DefaultValue(Topics.QUOTES) String quotes,
      @DefaultValue(Topics.TWEETS) String tweets,
      @DefaultValue(Topics.DEAD_LETTERS) String deadLetters) {}
}
