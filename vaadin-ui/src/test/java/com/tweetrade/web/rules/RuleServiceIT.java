package com.tweetrade.web.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.base.TweetradeProperties;
import com.tweetrade.web.support.SpringStackIT;
import com.tweetrade.web.support.TestStack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** RuleService against the real Cassandra and Kafka: publishing, authorisation, convergence. */
class RuleServiceIT extends SpringStackIT {
  private static final String RULE = "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
  private static final String OTHER_RULE = "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN SELL 5 TSLA";

  @Autowired RuleService rules;
  @Autowired RuleRepository repository;
  @Autowired CurrentUser currentUser;
  @Autowired TweetradeProperties props;

  @Test
  void shouldSaveAndPublishEveryChangeWithAGrowingRevision() throws Exception {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    Rule rule = rules.create(RULE).rule();
    rules.update(alice, rule.ruleId(), OTHER_RULE);
    rules.pause(alice, rule.ruleId());
    rules.resume(alice, rule.ruleId());
    RuleService.SaveResult deleted = rules.delete(alice, rule.ruleId());

    assertThat(deleted.published()).isTrue();
    assertThat(rules.listMine()).isEmpty();
    assertThat(repository.find(alice, rule.ruleId()).orElseThrow())
        .extracting(Rule::deleted, Rule::revision, Rule::publishPending)
        .containsExactly(true, 5L, false);
    List<RuleEvent> events = eventsFor(rule.ruleId(), 5);
    assertThat(events)
        .extracting(RuleEvent::type)
        .containsExactly(
            RuleEvent.Type.CREATE,
            RuleEvent.Type.UPDATE,
            RuleEvent.Type.PAUSE,
            RuleEvent.Type.RESUME,
            RuleEvent.Type.DELETE);
    assertThat(events).extracting(RuleEvent::revision).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(events.get(1).text()).isEqualTo(OTHER_RULE);
    assertThat(events.get(2).paused()).isTrue();
    assertThat(events).allSatisfy(e -> assertThat(e.userId()).isEqualTo(alice));
  }

  @Test
  void shouldRefuseAnInvalidRuleAndSaveNothing() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    assertThatThrownBy(() -> rules.create("WHEN price(TSLA) > THEN BUY 10 TSLA"))
        .isInstanceOf(InvalidRuleException.class)
        .satisfies(e -> assertThat(((InvalidRuleException) e).parseError().offset()).isEqualTo(19));
    assertThat(rules.listMine()).isEmpty();
  }

  @Test
  void userBShouldNeitherReadNorChangeTheRulesOfUserA() {
    String alice = uniqueUser("alice");
    String bob = uniqueUser("bob");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();

    signInAs(bob, "USER");
    assertThat(rules.listMine()).isEmpty();
    assertThatThrownBy(() -> rules.get(alice, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rules.update(alice, id, OTHER_RULE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rules.pause(alice, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rules.resume(alice, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rules.delete(alice, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> rules.listAll()).isInstanceOf(AccessDeniedException.class);
    // Asking for the id under one's own name finds nothing either.
    assertThatThrownBy(() -> rules.get(bob, id)).isInstanceOf(RuleNotFoundException.class);

    signInAs(alice, "USER");
    assertThat(rules.get(alice, id).text()).isEqualTo(RULE);
    assertThat(rules.get(alice, id).revision()).isEqualTo(1);
  }

  @Test
  void adminShouldSeeAndChangeEveryonesRules() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();
    signInAs(uniqueUser("admin"), "USER", "ADMIN");
    assertThat(rules.listAll()).extracting(Rule::ruleId).contains(id);
    assertThat(rules.pause(alice, id).rule().paused()).isTrue();
  }

  @Test
  void shouldTellTheUserWhenKafkaIsDownAndConvergeWhenItIsBack() throws Exception {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    // A publisher whose broker is unreachable, as when Kafka is down.
    try (Producer<String, byte[]> dead =
        new KafkaProducer<>(KafkaConfig.producerProperties("127.0.0.1:1"))) {
      RuleService offline = serviceWith(dead);
      RuleService.SaveResult result = offline.create(RULE);
      assertThat(result.published()).isFalse();
      assertThat(result.publishProblem().orElseThrow()).contains("Kafka");
      assertThat(repository.find(alice, result.rule().ruleId()).orElseThrow().publishPending())
          .isTrue();

      // The scheduled republisher (every second in tests) sends it with the real producer.
      String id = result.rule().ruleId();
      awaitRepublished(alice, id);
      List<RuleEvent> events = eventsFor(id, 1);
      assertThat(events)
          .extracting(RuleEvent::type, RuleEvent::revision, RuleEvent::text)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleEvent.Type.CREATE, 1L, RULE));
    }
  }

  @Test
  void shouldRepublishAPauseThatKafkaMissedAsAPause() throws Exception {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();
    try (Producer<String, byte[]> dead =
        new KafkaProducer<>(KafkaConfig.producerProperties("127.0.0.1:1"))) {
      RuleService offline = serviceWith(dead);
      assertThat(offline.pause(alice, id).published()).isFalse();
    }

    awaitRepublished(alice, id);
    List<RuleEvent> events = eventsFor(id, 2);
    assertThat(events)
        .extracting(RuleEvent::type, RuleEvent::revision, RuleEvent::paused)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleEvent.Type.CREATE, 1L, false),
            org.assertj.core.groups.Tuple.tuple(RuleEvent.Type.PAUSE, 2L, true));
  }

  @Test
  void shouldKeepAnExpirySetOutsideTheUiWhenTheRuleIsPaused() throws Exception {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    String id = rules.create(RULE).rule().ruleId();
    // As `bin/tweetrade migrate` leaves a row: an expiry the UI did not set, published already.
    Instant expiresAt = Instant.parse("2031-01-02T03:04:05.678Z");
    Rule stored = repository.find(alice, id).orElseThrow();
    Rule expiring =
        new Rule(
            alice,
            id,
            stored.text(),
            false,
            false,
            2,
            stored.createdAt(),
            stored.updatedAt(),
            false,
            expiresAt);
    assertThat(repository.update(expiring)).isTrue();

    RuleService.SaveResult paused = rules.pause(alice, id);

    assertThat(paused.published()).isTrue();
    assertThat(repository.find(alice, id).orElseThrow())
        .extracting(Rule::paused, Rule::revision, Rule::expiresAt)
        .containsExactly(true, 3L, expiresAt);
    List<RuleEvent> events = eventsFor(id, 2);
    assertThat(events)
        .extracting(RuleEvent::type, RuleEvent::revision, RuleEvent::expiresAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleEvent.Type.CREATE, 1L, null),
            org.assertj.core.groups.Tuple.tuple(
                RuleEvent.Type.PAUSE, 3L, expiresAt.toEpochMilli()));
  }

  @Test
  void shouldRefuseARuleOverTheUsersCapUntilOneIsDeleted() {
    String alice = uniqueUser("alice");
    signInAs(alice, "USER");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < TestStack.MAX_RULES_PER_USER; i++)
      ids.add(rules.create(RULE).rule().ruleId());

    assertThatThrownBy(() -> rules.create(OTHER_RULE))
        .isInstanceOf(RuleLimitException.class)
        .hasMessage(
            "You have "
                + TestStack.MAX_RULES_PER_USER
                + " rules, the most allowed. Delete one to add another.");
    assertThat(rules.listMine()).extracting(Rule::text).doesNotContain(OTHER_RULE);

    rules.delete(alice, ids.get(0));
    assertThat(rules.create(OTHER_RULE).published()).isTrue();
    signInAs(uniqueUser("bob"), "USER");
    assertThat(rules.create(RULE).published()).as("another user's cap is their own").isTrue();
  }

  /** This test's service, publishing through {@code producer}. */
  private RuleService serviceWith(Producer<String, byte[]> producer) {
    return new RuleService(
        repository,
        new RulePublisher(producer, props),
        currentUser,
        Clock.systemUTC(),
        TestStack.MAX_RULES_PER_USER);
  }

  /** Waits until the scheduled republisher has sent the pending change of a rule. */
  private void awaitRepublished(String user, String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (repository.find(user, id).orElseThrow().publishPending()) {
      assertThat(Instant.now()).as("republished within 60 s").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  /** Reads the rules topic from the start until {@code count} events of {@code ruleId} arrived. */
  private static List<RuleEvent> eventsFor(String ruleId, int count) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.stack().kafkaBootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    List<RuleEvent> events = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
      TopicPartition tp = new TopicPartition(TestStack.rulesTopic(), 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (events.size() < count && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (ruleId.equals(r.key())) events.add(JsonCodec.RULE_EVENT.decode(r.value()));
        }
      }
    }
    return events;
  }
}
