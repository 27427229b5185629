package com.tweetrade.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.base.TweetradeProperties;
import com.tweetrade.web.support.LocalJob;
import com.tweetrade.web.support.TestStack;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The monitor on the real test stack and the real job ({@code bin/tweetrade job --local}, {@link
 * LocalJob}): quotes published on the job's quotes topic give a quotes rate above 0, the job's
 * consumer group's lag is read for that topic, and Flink's REST API gives the job, a checkpoint
 * duration and, as the rule fires, the decision latency. Needs flink-job built and port 8081 free.
 */
@ExtendWith(RealStackExtension.class)
class SystemMonitorIT {
  private static final Duration WAIT = Duration.ofMinutes(3);

  /** Quotes alternate around 399.50, so this rising-edge rule fires at every other quote. */
  private static final String RULE = "WHEN price(MSFT) > 399.5 THEN NOTIFY \"system monitor\"";

  private LocalJob job;
  private KafkaProducer<String, byte[]> producer;
  private ScheduledExecutorService quotes;
  private SystemMonitor monitor;

  @BeforeAll
  static void stack(RealStack stack) {
    TestStack.init(stack);
  }

  @BeforeEach
  void start() throws Exception {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "ops", null, List.of(new SimpleGrantedAuthority(CurrentUser.ADMIN_AUTHORITY))));
    job = LocalJob.start();
    producer =
        new KafkaProducer<>(KafkaConfig.producerProperties(TestStack.stack().kafkaBootstrap()));
  }

  @AfterEach
  void stop() throws Exception {
    SecurityContextHolder.clearContext();
    if (quotes != null) quotes.shutdownNow();
    if (monitor != null) monitor.close();
    if (producer != null) producer.close();
    if (job != null) job.close();
  }

  private SystemMonitor monitorOf(LocalJob job, URI flink) {
    TweetradeProperties props =
        new TweetradeProperties(
            TestStack.stack().kafkaBootstrap(),
            "127.0.0.1:9042",
            TestStack.keyspace(),
            "datacenter1",
            flink,
            new TweetradeProperties.TopicNames(
                TestStack.rulesTopic(),
                TestStack.tradesTopic(),
                TestStack.aggregatesTopic(),
                TestStack.alertsTopic(),
                TestStack.orderCommandsTopic(),
                TestStack.accountsTopic(),
                job.quotesTopic(),
                job.tweetsTopic(),
                job.deadLettersTopic()));
    return new SystemMonitor(
        props,
        new SystemProperties(
            job.group(), "TweeTrade", Duration.ofSeconds(1), 10, Duration.ofSeconds(5)),
        new CurrentUser(),
        Clock.systemUTC());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void shouldReadQuoteRateLagOfTheJobsGroupAndCheckpointsOfTheRealJob() throws Exception {
    String user = "system-it-" + System.nanoTime();
    producer
        .send(
            new ProducerRecord<>(
                TestStack.rulesTopic(),
                user + "-rule",
                JsonCodec.RULE_EVENT.encode(
                    RuleEvent.create(user + "-rule", user, RULE, System.currentTimeMillis()))))
        .get(30, TimeUnit.SECONDS);
    job.awaitRunning(WAIT);
    startQuotes(job.quotesTopic());
    monitor = monitorOf(job, URI.create("http://127.0.0.1:8081"));

    SystemSample last = null;
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      last = monitor.sampleNow();
      if (last.rates().getOrDefault(SystemSample.QUOTES, 0.0) > 0
          && last.lag().containsKey(job.quotesTopic())
          && last.flink().checkpointMs() != null
          && last.flink().decisionP99Ms() != null) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertThat(last).isNotNull();
    String seen = last + "; " + job.tail();
    assertThat(last.kafkaProblem()).as(seen).isNull();
    assertThat(last.rates().get(SystemSample.QUOTES)).as(seen).isGreaterThan(0);
    assertThat(last.rates()).as(seen).containsKeys(SystemSample.TWEETS, SystemSample.DEAD_LETTERS);
    assertThat(last.lag())
        .as("lag of the job's group on its quotes topic; " + seen)
        .containsKey(job.quotesTopic());
    assertThat(last.lag().get(job.quotesTopic())).isBetween(0L, 1_000L);
    assertThat(last.flink().problem()).as(seen).isNull();
    assertThat(last.flink().jobId()).as(seen).matches("[0-9a-f]{32}");
    assertThat(last.flink().checkpointMs()).as(seen).isNotNull().isGreaterThanOrEqualTo(0L);
    assertThat(last.flink().decisionP50Ms())
        .as("the evaluator's eventToDecisionMs; " + evaluatorMetrics(last) + "; " + seen)
        .isNotNull()
        .isGreaterThanOrEqualTo(0.0);
    assertThat(last.flink().decisionP99Ms()).isGreaterThanOrEqualTo(last.flink().decisionP50Ms());

    // The same Kafka, but Flink asked where nothing listens: said so, Kafka still measured.
    SystemMonitor away = monitorOf(job, URI.create("http://127.0.0.1:9"));
    try {
      SystemSample sample = away.sampleNow();
      assertThat(sample.flink().problem()).startsWith("Flink is not reachable at");
      assertThat(sample.kafkaProblem()).isNull();
      assertThat(sample.lag()).containsKey(job.quotesTopic());
    } finally {
      away.close();
    }
  }

  private static String evaluatorMetrics(SystemSample sample) {
    try {
      var http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:8081/jobs/" + sample.flink().jobId();
      String job =
          http.send(
                  java.net.http.HttpRequest.newBuilder(URI.create(base)).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString())
              .body();
      StringBuilder out = new StringBuilder();
      for (String vertex :
          FlinkRest.vertexIds(FlinkRest.parse(job), FlinkRest.EVALUATOR).subList(0, 1)) {
        String list =
            http.send(
                    java.net.http.HttpRequest.newBuilder(
                            URI.create(base + "/vertices/" + vertex + "/subtasks/metrics"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        out.append(vertex).append(' ');
        for (var m : FlinkRest.parse(list)) {
          String id = m.path("id").asText();
          if (id.contains("Decision") || id.contains("rulesFired")) out.append(id).append(',');
        }
        String values =
            http.send(
                    java.net.http.HttpRequest.newBuilder(
                            URI.create(
                                base
                                    + "/vertices/"
                                    + vertex
                                    + "/subtasks/metrics?get=Evaluate_Rules.rulesFired,"
                                    + "Evaluate_Rules.eventToDecisionMs_p99&agg=sum,max"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        out.append(' ').append(values);
      }
      return out.toString();
    } catch (Exception e) {
      return e.toString();
    }
  }

  /** Ten quotes a second, timed now, as the quote simulator sends them: 400.00, 399.00, ... */
  private void startQuotes(String topic) {
    quotes = Executors.newSingleThreadScheduledExecutor();
    java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
    quotes.scheduleAtFixedRate(
        () -> {
          long now = System.currentTimeMillis();
          long p = n.getAndIncrement() % 2 == 0 ? 40_000 : 39_900;
          Quote q = new Quote("MSFT", p, 100, p - 1, p + 1, now);
          producer.send(new ProducerRecord<>(topic, null, now, "MSFT", JsonCodec.QUOTE.encode(q)));
        },
        0,
        100,
        TimeUnit.MILLISECONDS);
  }
}
