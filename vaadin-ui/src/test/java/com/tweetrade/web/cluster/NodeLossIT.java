package com.tweetrade.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackSettings;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.trades.TradeService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web UI on real clusters (3 KRaft brokers, a ring of 3 Cassandra nodes, as {@code up
 * --cluster} starts them), given every broker and every contact point: while a broker, and then a
 * Cassandra node, is dead of SIGKILL, the UI still serves pages, reads the dashboard's trades and
 * positions, and saves rules, and each saved rule reaches the rules topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NodeLossIT {
  private static final String RULE = "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 1 TSLA";
  private static LocalStack cluster;

  @Autowired RuleService rules;
  @Autowired TradeService trades;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void clusterProperties(DynamicPropertyRegistry registry) throws Exception {
    Path home =
        Files.createDirectories(
            Path.of("target", "node-loss-it-" + System.nanoTime()).toAbsolutePath());
    cluster = LocalStack.start(StackSettings.randomPorts(home), 3, true, ProjectRoot.find());
    registry.add("tweetrade.kafka-bootstrap", cluster::kafkaBootstrap);
    registry.add("tweetrade.cql", cluster::cqlHostPort);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) cluster.close();
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void shouldServeAndSaveRulesWhileABrokerThenACassandraNodeIsDown() throws Exception {
    signInAs("nodeloss");
    Set<String> saved = new HashSet<>();
    saved.add(rules.create(RULE).rule().ruleId());

    cluster.killBroker(3);
    saved.add(usable("broker 3 down"));
    cluster.startBroker(3);

    cluster.killCassandraNode(3);
    saved.add(usable("Cassandra node 3 down"));
    cluster.startCassandraNode(3);

    assertThat(rules.listMine()).extracting(r -> r.ruleId()).containsAll(saved);
    assertThat(awaitOnRulesTopic(saved, Duration.ofMinutes(2))).containsAll(saved);
  }

  /** What a trader does during the loss: open a page, read the dashboard, save a rule. */
  private String usable(String when) throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("the sign-in page with " + when).isEqualTo(200);
    assertThat(trades.recentTrades()).as("the dashboard's trades with " + when).isNotNull();
    assertThat(trades.positions()).as("the dashboard's positions with " + when).isNotNull();
    RuleService.SaveResult result = rules.create(RULE);
    assertThat(result.rule().ruleId()).as("a rule saved with " + when).isNotBlank();
    return result.rule().ruleId();
  }

  private static void signInAs(String user) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
  }

  /**
   * The rule ids on the rules topic, read until all of {@code expected} are there or time is up.
   */
  private static Set<String> awaitOnRulesTopic(Set<String> expected, Duration limit)
      throws Exception {
    Set<String> seen = new HashSet<>();
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            cluster.kafkaBootstrap(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.GROUP_ID_CONFIG,
            "node-loss-it-" + System.nanoTime());
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of("rules"));
      Instant deadline = Instant.now().plus(limit);
      while (!seen.containsAll(expected) && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
          if (r.value() != null) seen.add(JsonCodec.RULE_EVENT.decode(r.value()).ruleId());
        }
      }
    }
    return seen;
  }
}
