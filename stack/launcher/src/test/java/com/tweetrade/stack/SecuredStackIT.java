package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A secured stack (the default of `up` and `stack`): nobody gets in without a password, each part
 * may do only its own work on Kafka and Cassandra, the default Cassandra super user is locked out,
 * and the generated secrets are owner-only and survive a restart.
 */
class SecuredStackIT {
  private static Path root;
  private static StackSettings settings;
  private static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    root = ProjectRoot.find();
    Path home = Files.createDirectories(Path.of("target", "secured-stack-it-" + System.nanoTime()));
    settings = StackSettings.randomPorts(home).withSecurity(true);
    stack = LocalStack.start(settings, true, root);
  }

  @AfterAll
  static void stop() {
    if (stack != null) stack.close();
  }

  @Test
  void shouldWriteOneOwnerOnlySecretsFilePerPart() throws Exception {
    for (String user :
        List.of(
            "admin",
            "flink-job",
            "vaadin-ui",
            "quote-simulator",
            "tweet-ingestor",
            "notifier",
            "migrate")) {
      Path file = StackAccess.fileOf(settings.secretsDir(), user);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(user)
          .isEqualTo("rw-------");
      assertThat(Credentials.read(file).user()).isEqualTo(user);
    }
    Path serverProperties = settings.kafkaDir().resolve("server.properties");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(serverProperties)))
        .isEqualTo("rw-------");
  }

  @Test
  void shouldLetEachPartWriteOnlyItsOwnTopics() throws Exception {
    assertThat(send(part("quote-simulator"), Topics.QUOTES)).isNull();
    assertThat(send(part("vaadin-ui"), Topics.RULES)).isNull();
    assertThat(send(part("vaadin-ui"), Topics.ACCOUNTS)).isNull();
    assertThat(send(part("flink-job"), Topics.TRADES)).isNull();

    assertThat(send(part("quote-simulator"), Topics.RULES))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThat(send(part("tweet-ingestor"), Topics.RULES))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThat(send(part("flink-job"), Topics.RULES))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThat(send(part("vaadin-ui"), Topics.TRADES))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThat(send(part("flink-job"), Topics.ACCOUNTS))
        .isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void shouldRefuseKafkaClientsWithoutTheRightPassword() {
    Credentials wrong = new Credentials("vaadin-ui", "not-the-password", Credentials.SCRAM);
    assertThat(send(Optional.of(wrong), Topics.RULES))
        .isInstanceOf(SaslAuthenticationException.class);

    // No SASL at all: the broker never answers the client's first request.
    Map<String, Object> anonymous =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            stack.kafkaBootstrap(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            5000,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            4000);
    try (Admin admin = Admin.create(anonymous)) {
      assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
    }
  }

  @Test
  void shouldGiveEachPartOnlyItsTablesAndLockOutTheDefaultSuperUser() {
    try (CqlSession job =
        Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE, part("flink-job"))) {
      job.execute(
          "INSERT INTO trades (user_id, day, event_time, trade_id) VALUES ('x', '2026-12-07', 0,"
              + " 'secured-it')");
      assertThatThrownBy(() -> job.execute("SELECT * FROM userTable"))
          .isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(
              () -> job.execute("INSERT INTO userLogic (user_id, rule_id) VALUES ('x', 'r')"))
          .isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(
              () ->
                  job.execute(
                      "INSERT INTO accounts (user_id, starting_capital_cents) VALUES ('x', 1)"))
          .isInstanceOf(UnauthorizedException.class);
    }
    try (CqlSession ui =
        Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE, part("vaadin-ui"))) {
      ui.execute("INSERT INTO userTable (username, display_name) VALUES ('secured', 'It')");
      ui.execute("INSERT INTO accounts (user_id, starting_capital_cents) VALUES ('x', 100)");
      assertThat(
              ui.execute("SELECT * FROM trades WHERE user_id = 'x' AND day = '2026-12-07'").all())
          .isNotEmpty();
      assertThatThrownBy(
              () ->
                  ui.execute(
                      "INSERT INTO trades (user_id, day, event_time, trade_id) VALUES ('x',"
                          + " '2026-12-07', 0, 'y')"))
          .isInstanceOf(UnauthorizedException.class);
    }
    assertThatThrownBy(() -> Cql.session(stack.cassandraContactPoint(), null))
        .isInstanceOf(AllNodesFailedException.class);
    Credentials builtIn = new Credentials("cassandra", "cassandra", Credentials.PLAIN);
    assertThatThrownBy(() -> Cql.session(stack.cassandraContactPoint(), null, Optional.of(builtIn)))
        .isInstanceOf(AllNodesFailedException.class);
  }

  @Test
  void shouldLetTheNotifierReadWebhooksAndWriteOnlyTheDeliveryLog() {
    try (CqlSession notifier =
        Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE, part("notifier"))) {
      assertThat(notifier.execute("SELECT * FROM webhooks WHERE user_id = 'x'").all()).isEmpty();
      notifier.execute(
          "INSERT INTO webhookDeliveries (user_id, day, attempted_at, alert_id, attempt, outcome)"
              + " VALUES ('x', '2026-12-07', 0, 'a', 1, 'DELIVERED')");
      assertThatThrownBy(
              () ->
                  notifier.execute(
                      "INSERT INTO webhooks (user_id, url, secret) VALUES ('x', 'http://h/', 's')"))
          .isInstanceOf(UnauthorizedException.class);
      assertThatThrownBy(() -> notifier.execute("SELECT * FROM userTable"))
          .isInstanceOf(UnauthorizedException.class);
    }
    try (CqlSession ui =
        Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE, part("vaadin-ui"))) {
      ui.execute("INSERT INTO webhooks (user_id, url, secret) VALUES ('x', 'http://h/', 's')");
      assertThat(
              ui.execute(
                      "SELECT * FROM webhookDeliveries WHERE user_id = 'x' AND day = '2026-12-07'")
                  .all())
          .hasSize(1);
    }
    // It may write no topic: refused already for lack of the cluster's IDEMPOTENT_WRITE (the
    // producer may report it wrapped, as its error state).
    assertThat(rootCause(send(part("notifier"), Topics.ALERTS)))
        .isInstanceOfAny(TopicAuthorizationException.class, ClusterAuthorizationException.class);
    assertThat(commitAlertsOffset(part("notifier"), "tweetrade-notifier")).isNull();
    // another part may not read alerts
    assertThat(commitAlertsOffset(part("quote-simulator"), "tweetrade-notifier"))
        .isInstanceOfAny(TopicAuthorizationException.class, GroupAuthorizationException.class);
  }

  @Test
  void shouldLetTheUiMeasureTheJobsInputsButNotReadThem() throws Exception {
    // The web UI's System page: end offsets of quotes, tweets and dead letters, the job's group.
    for (String topic : List.of(Topics.QUOTES, Topics.TWEETS, Topics.DEAD_LETTERS)) {
      assertThat(latestOffset(part("vaadin-ui"), topic)).as(topic).isNull();
    }
    try (Admin admin = Admin.create(clientConfig(part("vaadin-ui")))) {
      assertThat(
              admin
                  .listConsumerGroupOffsets("tweetrade-flink-job")
                  .partitionsToOffsetAndMetadata()
                  .get(20, TimeUnit.SECONDS))
          .isNotNull();
    }
    // Measuring is not reading: its records stay refused; a part without the right cannot measure.
    Map<String, Object> config = clientConfig(part("vaadin-ui"));
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.assign(List.of(new TopicPartition(Topics.QUOTES, 0)));
      consumer.seekToBeginning(List.of(new TopicPartition(Topics.QUOTES, 0)));
      assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(20)))
          .isInstanceOf(TopicAuthorizationException.class);
    }
    assertThat(latestOffset(part("quote-simulator"), Topics.TWEETS))
        .isInstanceOf(TopicAuthorizationException.class);
  }

  private static Map<String, Object> clientConfig(Optional<Credentials> credentials) {
    return clientConfig(
        credentials,
        Map.of(
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            20_000,
            // The admin client refuses an API timeout below the request timeout (30 s default).
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            15_000));
  }

  /** {@code settings} with the stack's bootstrap servers and the SASL settings of credentials. */
  private static Map<String, Object> clientConfig(
      Optional<Credentials> credentials, Map<String, Object> settings) {
    Map<String, Object> config = new HashMap<>(settings);
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    config.putAll(Credentials.kafkaClientProperties(credentials));
    return config;
  }

  /** Lists the latest offset of partition 0; returns the failure's cause, or null. */
  private static Throwable latestOffset(Optional<Credentials> credentials, String topic) {
    try (Admin admin = Admin.create(clientConfig(credentials))) {
      admin
          .listOffsets(Map.of(new TopicPartition(topic, 0), OffsetSpec.latest()))
          .all()
          .get(30, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Commits offset 0 of alerts-0 in {@code group}; returns the failure, or null. */
  private static Throwable commitAlertsOffset(Optional<Credentials> credentials, String group) {
    Map<String, Object> config =
        clientConfig(credentials, Map.of(ConsumerConfig.GROUP_ID_CONFIG, group));
    TopicPartition partition = new TopicPartition(Topics.ALERTS, 0);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(partition));
      consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)), Duration.ofSeconds(20));
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  @Test
  void shouldKeepCredentialsAndGrantsAcrossARestart() throws Exception {
    Credentials before = part("vaadin-ui").orElseThrow();
    stack.close();
    stack = LocalStack.start(settings, true, root);

    assertThat(part("vaadin-ui")).contains(before);
    assertThat(send(part("vaadin-ui"), Topics.RULES)).isNull();
    try (CqlSession ui =
        Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE, part("vaadin-ui"))) {
      assertThat(ui.execute("SELECT * FROM userTable").all()).isNotNull();
    }
  }

  @Test
  void shouldSecureAHomeThatWasStartedWithoutAuthentication() throws Exception {
    Path home =
        Files.createDirectories(Path.of("target", "secured-upgrade-it-" + System.nanoTime()));
    StackSettings open = StackSettings.randomPorts(home);
    try (LocalStack before = LocalStack.start(open, true, root);
        CqlSession anyone = Cql.session(before.cassandraContactPoint(), Cql.KEYSPACE)) {
      anyone.execute("INSERT INTO userTable (username, display_name) VALUES ('kept', 'Before')");
    }

    try (LocalStack after = LocalStack.start(open.withSecurity(true), true, root)) {
      Optional<Credentials> ui = after.access().orElseThrow().of("vaadin-ui");
      try (CqlSession session = Cql.session(after.cassandraContactPoint(), Cql.KEYSPACE, ui)) {
        assertThat(
                session
                    .execute("SELECT display_name FROM userTable WHERE username = 'kept'")
                    .one()
                    .getString(0))
            .isEqualTo("Before");
      }
      assertThatThrownBy(() -> Cql.session(after.cassandraContactPoint(), null))
          .isInstanceOf(AllNodesFailedException.class);
    }
  }

  private static Optional<Credentials> part(String name) {
    return stack.access().orElseThrow().of(name);
  }

  /** Sends one record; returns the failure's cause, or null when the broker took it. */
  private static Throwable send(Optional<Credentials> credentials, String topic) {
    Map<String, Object> config =
        clientConfig(
            credentials,
            Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                15_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000));
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "k", "{}")).get(20, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }
}
