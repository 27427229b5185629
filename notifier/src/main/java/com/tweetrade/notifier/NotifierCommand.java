package com.tweetrade.notifier;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.settings.CqlContactPoints;
import com.tweetrade.model.settings.CqlOption;
import com.tweetrade.model.settings.CredentialsOption;
import com.tweetrade.model.settings.KafkaOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.model.tables.Tables;
import com.tweetrade.model.webhooks.WebhookUrls;
import com.tweetrade.notifier.delivery.AlertDelivery;
import com.tweetrade.notifier.delivery.Backoff;
import com.tweetrade.notifier.delivery.WebhookSender;
import com.tweetrade.notifier.webhooks.WebhookStore;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/tweetrade notifier}: delivers the alerts rules raise to their users' webhooks.
 *
 * <p>Reads topic {@code alerts} (read_committed, consumer group {@code tweetrade-notifier}); for
 * each alert of a user with a webhook in Cassandra's {@code webhooks}, POSTs the {@code
 * WebhookPayload} JSON signed with the user's secret, retries with backoff, and logs every attempt
 * in {@code webhookDeliveries}. Configuration comes from flags, then environment variables, then
 * {@code conf/tweetrade.properties} (model's {@link Settings}), then defaults; {@code --help} lists
 * them. The module README explains the delivery guarantees.
 */
@Command(
    name = "notifier",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Delivers alerts (THEN NOTIFY / ALSO NOTIFY) from Kafka to users' webhooks:",
      "a JSON POST with X-TweeTrade-Signature: sha256=<hex HMAC-SHA256 of the body",
      "keyed with the user's secret> and Idempotency-Key: <alert id>. Retried with",
      "exponential backoff, at least once (receivers dedup by the alert id); every",
      "attempt is logged in Cassandra's webhookDeliveries. See notifier/README.md."
    })
public final class NotifierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin KafkaOption kafka = new KafkaOption();
  @Mixin CqlOption cql = new CqlOption();
  @Mixin CredentialsOption credentials = new CredentialsOption();

  @Option(
      names = "--keyspace",
      defaultValue = Tables.KEYSPACE,
      description =
          "Cassandra keyspace of webhooks and webhookDeliveries (default: ${DEFAULT-VALUE}).")
  String keyspace;

  @Option(
      names = "--topic",
      defaultValue = Topics.ALERTS,
      description = "Topic of the alerts (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--group",
      defaultValue = KafkaAlerts.DEFAULT_GROUP,
      description = "Kafka consumer group (default: ${DEFAULT-VALUE}).")
  String group;

  @Option(
      names = "--allow-private-webhooks",
      description = {
        "Also deliver to loopback, link-local, private and unique-local addresses (refused by"
            + " default).",
        "Env TWEETRADE_ALLOW_PRIVATE_WEBHOOKS, webhooks.allow-private in"
            + " conf/tweetrade.properties."
      })
  boolean allowPrivateWebhooks;

  @Option(
      names = "--max-attempts",
      defaultValue = "5",
      description =
          "Tries per alert, the first included, before it FAILED (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(
      names = "--backoff",
      paramLabel = "MILLIS",
      defaultValue = "1000",
      description = "Wait before the second try, doubled after each (default: ${DEFAULT-VALUE}).")
  long backoffMillis;

  @Option(
      names = "--max-backoff",
      paramLabel = "MILLIS",
      defaultValue = "30000",
      description = "Longest wait between tries (default: ${DEFAULT-VALUE}).")
  long maxBackoffMillis;

  @Option(
      names = "--timeout",
      paramLabel = "MILLIS",
      defaultValue = "3000",
      description =
          "Time for one POST to connect and get the answer's status (default: ${DEFAULT-VALUE}).")
  long timeoutMillis;

  @Option(
      names = "--workers",
      defaultValue = "8",
      description = "Users served in parallel (default: ${DEFAULT-VALUE}).")
  int workers;

  private final Settings settings;
  private final PrintStream err;

  public NotifierCommand() {
    this(Settings.load(), System.err);
  }

  /** For tests: the shared settings (environment and settings file) and stderr given. */
  NotifierCommand(Settings settings, PrintStream err) {
    this.settings = settings;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new NotifierCommand()).execute(args));
  }

  @Override
  public Integer call() {
    Notifier notifier = build();
    Thread hook = new Thread(notifier::close, "notifier-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      notifier.run();
    } catch (RuntimeException e) {
      err.println("notifier: " + e.getMessage());
      return 1;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is exiting and the hook is running or ran: nothing to undo.
      }
    }
    return 0;
  }

  /** The notifier the options describe, connected to Kafka and Cassandra; run it, then close it. */
  Notifier build() {
    Backoff backoff;
    try {
      backoff =
          new Backoff(
              maxAttempts, Duration.ofMillis(backoffMillis), Duration.ofMillis(maxBackoffMillis));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (timeoutMillis < 1)
      throw new ParameterException(spec.commandLine(), "--timeout must be > 0");
    if (workers < 1) throw new ParameterException(spec.commandLine(), "--workers must be > 0");
    boolean allowPrivate;
    try {
      allowPrivate = settings.allowPrivateWebhooks(allowPrivateWebhooks);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Optional<Credentials> signIn = credentials.resolve(settings);
    String bootstrap = kafka.resolve(settings);
    String contactPoint = cql.resolve(settings);
    err.printf(
        "notifier: alerts from %s at %s (group %s), webhooks in %s at %s, %d attempts from %d ms"
            + " backoff, %d ms timeout, private webhook addresses %s%s%n",
        topic,
        bootstrap,
        group,
        keyspace,
        contactPoint,
        backoff.maxAttempts(),
        backoffMillis,
        timeoutMillis,
        allowPrivate ? "ALLOWED" : "refused",
        allowPrivate ? " (" + SharedSetting.ALLOW_PRIVATE_WEBHOOKS.flag() + ")" : "");
    CqlSession session = cqlSession(contactPoint, signIn);
    AlertDelivery delivery =
        new AlertDelivery(
            new WebhookStore(session),
            new WebhookSender(Duration.ofMillis(timeoutMillis), allowPrivate, WebhookUrls.DNS),
            backoff,
            Clock.systemUTC());
    AtomicInteger threads = new AtomicInteger();
    return new Notifier(
        KafkaAlerts.consumer(bootstrap, group, signIn),
        topic,
        delivery,
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "notifier-worker-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            }),
        session);
  }

  private CqlSession cqlSession(String hostPorts, Optional<Credentials> signIn) {
    List<InetSocketAddress> contactPoints;
    try {
      contactPoints =
          CqlContactPoints.parse(hostPorts).stream()
              .map(p -> new InetSocketAddress(p.getHostString(), p.getPort()))
              .toList();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--cql: " + e.getMessage());
    }
    // A slow 2-core machine needs more than the driver's 2 s default.
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
            .build();
    CqlSessionBuilder builder =
        CqlSession.builder()
            .addContactPoints(contactPoints)
            .withLocalDatacenter(LOCAL_DATACENTER)
            .withKeyspace(keyspace)
            .withConfigLoader(config);
    // On a secured stack: the notifier's role (read webhooks, write webhookDeliveries).
    signIn.ifPresent(c -> builder.withAuthCredentials(c.user(), c.password()));
    return builder.build();
  }

  /** The data center of TweeTrade's Cassandra node (the stack's, and the web UI's default). */
  static final String LOCAL_DATACENTER = "datacenter1";
}
