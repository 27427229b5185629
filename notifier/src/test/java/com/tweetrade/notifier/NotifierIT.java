package com.tweetrade.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tweetrade.model.Alert;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * The notifier against the real Kafka and Cassandra the project starts and a real HTTP receiver on
 * 127.0.0.1: signed delivery, retry after a 500, FAILED after the attempts, redelivery after a
 * restart without a committed offset, refusal of a loopback URL, and the delivery log rows.
 */
@ExtendWith(RealStackExtension.class)
class NotifierIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final long EVENT_TIME = Instant.parse("2026-12-07T15:30:00Z").toEpochMilli();
  private static final int MAX_ATTEMPTS = 3;
  private static final long BACKOFF_MS = 200;

  private RealStack stack;
  private String topic;
  private String keyspace;
  private CqlSession session;
  private WebhookReceiver receiver;
  private final List<Notifier> notifiers = new ArrayList<>();

  @BeforeEach
  void setUp(RealStack stack) throws Exception {
    this.stack = stack;
    topic = stack.createTopic("alerts", 2);
    keyspace = stack.createKeyspace();
    session = stack.cqlSession(keyspace);
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void tearDown() {
    notifiers.forEach(Notifier::close);
    receiver.close();
    session.close();
  }

  @Test
  void shouldDeliverSignedRetryAfterA500AndFailAfterTheAttempts() throws Exception {
    receiver.answer("/alice", n -> 200);
    receiver.answer("/bob", n -> n == 1 ? 500 : 200);
    receiver.answer("/carol", n -> 500);
    saveWebhook("alice", receiver.url("/alice"), "alice-secret-1f2e");
    saveWebhook("bob", receiver.url("/bob"), "bob-secret-3c4d");
    saveWebhook("carol", receiver.url("/carol"), "carol-secret-5a6b");
    // dave has no webhook: his alert is only in the app
    produce(
        alert("a-1", "alice", "TSLA dipped below 200"),
        alert("b-1", "bob", "bought 10 TSLA"),
        alert("c-1", "carol", "sentiment turned"),
        alert("d-1", "dave", "nobody hears this"),
        alert("a-2", "alice", "ünïcode \"quoted\" text"));
    // Poison records must neither stop the notifier nor hold the offsets back.
    produceRaw("alice", "not an alert".getBytes(StandardCharsets.UTF_8));
    produce(alert("", "alice", "no id"), alert("a-3\nX-Injected: 1", "alice", "bad id"));
    String group = newGroup();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(
        new PrintStream(new TeeStream(originalErr, printed), true, StandardCharsets.UTF_8));
    try {
      start(group, "--allow-private-webhooks");
      await(() -> committed(group) == 8, "all 8 records committed");
    } finally {
      System.setErr(originalErr);
    }

    List<WebhookReceiver.Received> alice = receiver.to("/alice");
    assertThat(alice).hasSize(2);
    assertSignedDelivery(
        alice.get(0), alert("a-1", "alice", "TSLA dipped below 200"), "alice-secret-1f2e");
    assertSignedDelivery(
        alice.get(1), alert("a-2", "alice", "ünïcode \"quoted\" text"), "alice-secret-1f2e");
    assertThat(rows("alice"))
        .containsExactly(
            row("a-1", 1, receiver.url("/alice"), 200, "DELIVERED", ""),
            row("a-2", 1, receiver.url("/alice"), 200, "DELIVERED", ""),
            row(
                "a-3\nX-Injected: 1",
                1,
                receiver.url("/alice"),
                0,
                "FAILED",
                "cannot build the request: invalid header value: \"a-3\nX-Injected: 1\""));

    List<WebhookReceiver.Received> bob = receiver.to("/bob");
    assertThat(bob).hasSize(2);
    assertSignedDelivery(bob.get(0), alert("b-1", "bob", "bought 10 TSLA"), "bob-secret-3c4d");
    assertSignedDelivery(bob.get(1), alert("b-1", "bob", "bought 10 TSLA"), "bob-secret-3c4d");
    assertThat(rows("bob"))
        .containsExactly(
            row("b-1", 1, receiver.url("/bob"), 500, "RETRYING", "HTTP 500"),
            row("b-1", 2, receiver.url("/bob"), 200, "DELIVERED", ""));

    assertThat(receiver.to("/carol")).hasSize(MAX_ATTEMPTS);
    assertThat(rows("carol"))
        .containsExactly(
            row("c-1", 1, receiver.url("/carol"), 500, "RETRYING", "HTTP 500"),
            row("c-1", 2, receiver.url("/carol"), 500, "RETRYING", "HTTP 500"),
            row("c-1", 3, receiver.url("/carol"), 500, "FAILED", "HTTP 500"));
    List<Instant> carolTimes = attemptTimes("carol");
    assertThat(Duration.between(carolTimes.get(0), carolTimes.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(BACKOFF_MS));
    assertThat(Duration.between(carolTimes.get(1), carolTimes.get(2)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(2 * BACKOFF_MS));

    assertThat(rows("dave")).isEmpty();
    String log = printed.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("alert c-1 of user carol FAILED at 127.0.0.1 after 3 attempt(s)");
    assertThat(log).doesNotContain("secret-");
  }

  @Test
  void shouldDeliverAgainAfterARestartWithoutACommittedOffset() throws Exception {
    receiver.holdFirst("/erin");
    saveWebhook("erin", receiver.url("/erin"), "erin-secret-7788");
    produce(alert("e-1", "erin", "held up"));
    String group = newGroup();

    Notifier first = start(group, "--allow-private-webhooks");
    assertThat(receiver.awaitHeld(WAIT.toSeconds())).as("first POST reached the receiver").isTrue();
    first.close(); // stopped while the POST waits for its answer
    assertThat(committed(group)).as("nothing committed by the stopped notifier").isZero();
    receiver.release();

    start(group, "--allow-private-webhooks");
    await(() -> committed(group) == 1, "the alert committed after the restart");
    List<WebhookReceiver.Received> erin = receiver.to("/erin");
    assertThat(erin).hasSize(2);
    assertSignedDelivery(erin.get(0), alert("e-1", "erin", "held up"), "erin-secret-7788");
    assertSignedDelivery(erin.get(1), alert("e-1", "erin", "held up"), "erin-secret-7788");
    assertThat(erin.get(1).body()).isEqualTo(erin.get(0).body());
    // the interrupted attempt settled nothing, so only the second run's attempt is logged
    assertThat(rows("erin"))
        .containsExactly(row("e-1", 1, receiver.url("/erin"), 200, "DELIVERED", ""));
  }

  @Test
  void shouldRefuseALoopbackUrlUnlessPrivateWebhooksAreAllowed() throws Exception {
    receiver.answer("/frank", n -> 200);
    saveWebhook("frank", receiver.url("/frank"), "frank-secret-99aa");
    produce(alert("f-1", "frank", "not for loopback"));
    String group = newGroup();

    start(group);
    await(() -> committed(group) == 1, "the refused alert committed");

    assertThat(receiver.to("/frank")).isEmpty();
    assertThat(rows("frank"))
        .containsExactly(
            row(
                "f-1",
                1,
                receiver.url("/frank"),
                0,
                "FAILED",
                "webhook URL host 127.0.0.1 resolves to 127.0.0.1, a loopback (127.0.0.0/8)"
                    + " address; such addresses are refused unless the operator allows private"
                    + " webhooks"));
  }

  private static Alert alert(String id, String user, String text) {
    return new Alert(id, user, "rule-" + user, text, "", EVENT_TIME);
  }

  /** The body is the alert's JSON with kind and version, and the headers sign exactly it. */
  private static void assertSignedDelivery(
      WebhookReceiver.Received request, Alert alert, String secret) throws Exception {
    assertThat(request.header("X-TweeTrade-Signature"))
        .isEqualTo("sha256=" + hmacSha256Hex(secret, request.body()));
    assertThat(request.header("Idempotency-Key")).isEqualTo(alert.id());
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    ObjectMapper json = new ObjectMapper();
    JsonNode expected =
        json.readTree(
            "{\"kind\":\"alert\",\"version\":1,\"id\":"
                + json.writeValueAsString(alert.id())
                + ",\"userId\":"
                + json.writeValueAsString(alert.userId())
                + ",\"ruleId\":"
                + json.writeValueAsString(alert.ruleId())
                + ",\"text\":"
                + json.writeValueAsString(alert.text())
                + ",\"tradeId\":\"\",\"eventTime\":"
                + alert.eventTime()
                + "}");
    assertThat(json.readTree(request.body())).isEqualTo(expected);
  }

  /** Computed here with the JDK, independently of the notifier's signing code. */
  private static String hmacSha256Hex(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private Notifier start(String group, String... extra) {
    NotifierCommand command =
        new NotifierCommand(Settings.of(Path.of("."), new Properties(), Map.of()), System.err);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--kafka",
                stack.kafkaBootstrap(),
                "--cql",
                "127.0.0.1:" + stack.cassandraContactPoint().getPort(),
                "--keyspace",
                keyspace,
                "--topic",
                topic,
                "--group",
                group,
                "--max-attempts",
                Integer.toString(MAX_ATTEMPTS),
                "--backoff",
                Long.toString(BACKOFF_MS),
                "--timeout",
                "2000"));
    args.addAll(List.of(extra));
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    Notifier notifier = command.build();
    notifiers.add(notifier);
    Thread thread = new Thread(notifier, "notifier-it");
    thread.setDaemon(true);
    thread.start();
    return notifier;
  }

  private void saveWebhook(String user, String url, String secret) {
    session.execute(
        "INSERT INTO webhooks (user_id, url, secret, updated_at) VALUES (?, ?, ?, ?)",
        user,
        url,
        secret,
        Instant.now());
  }

  private void produce(Alert... alerts) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (Alert alert : alerts) {
        producer
            .send(new ProducerRecord<>(topic, alert.userId(), JsonCodec.ALERT.encode(alert)))
            .get();
      }
    }
  }

  private void produceRaw(String key, byte[] value) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  private static String newGroup() {
    return "tweetrade-notifier-it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The sum of the group's committed offsets over the topic's partitions. */
  private long committed(String group) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      return offsets.entrySet().stream()
          .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
          .mapToLong(e -> e.getValue().offset())
          .sum();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the offsets of " + group, e);
    }
  }

  /** One delivery-log row as the test compares it. */
  private record LogRow(
      String alertId, int attempt, String url, int status, String outcome, String error) {}

  private static LogRow row(
      String alertId, int attempt, String url, int status, String outcome, String error) {
    return new LogRow(alertId, attempt, url, status, outcome, error);
  }

  /** The user's delivery-log rows of today and yesterday (UTC), by alert and attempt. */
  private List<LogRow> rows(String user) {
    return logRows(user).stream()
        .map(
            r ->
                row(
                    r.getString("alert_id"),
                    r.getInt("attempt"),
                    r.getString("url"),
                    r.getInt("status"),
                    r.getString("outcome"),
                    r.getString("error")))
        .sorted(Comparator.comparing(LogRow::alertId).thenComparingInt(LogRow::attempt))
        .toList();
  }

  private List<Instant> attemptTimes(String user) {
    return logRows(user).stream()
        .sorted(Comparator.comparingInt(r -> r.getInt("attempt")))
        .map(r -> r.getInstant("attempted_at"))
        .toList();
  }

  private List<Row> logRows(String user) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Row> all = new ArrayList<>();
    for (LocalDate day : List.of(today.minusDays(1), today)) {
      all.addAll(
          session
              .execute(
                  "SELECT * FROM webhookdeliveries WHERE user_id = ? AND day = ?",
                  user,
                  day.toString())
              .all());
    }
    return all;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline)
        throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what);
      Thread.sleep(200);
    }
  }
}
