package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.support.BrowserStackIT;
import com.tweetrade.web.support.DemoUser;
import com.tweetrade.web.support.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * End to end in real headless Chromium: sign up, sign in, write a rule with an error, fix it, see
 * it in the list, see the dashboard chart; and, signed in as {@code up}'s demo user, see a trade
 * arrive on the dashboard by server push. Screenshots go to {@code target/screenshots/}.
 */
class BrowserIT extends BrowserStackIT {
  BrowserIT() {
    super(Duration.ofSeconds(60));
  }

  @Test
  void newUserShouldSignUpWriteARuleAndSeeTheDashboard() throws Exception {
    publishMarketData();
    String user = uniqueUser("e2e");
    String password = "correct horse battery";

    browser.open("/signup");
    browser.type("#signup-username input", user);
    browser.type("#signup-display-name input", "E2E " + user);
    browser.type("#signup-password input", password);
    browser.type("#signup-confirm input", password);
    browser.screenshot("01-signup");
    browser.driver().findElement(By.id("signup-button")).click();

    browser.until(ExpectedConditions.urlContains("/login"));
    browser.type("#vaadinLoginUsername input", user);
    WebElement pwd = browser.find("#vaadinLoginPassword input");
    pwd.sendKeys(password);
    browser.screenshot("02-login");
    pwd.sendKeys(Keys.ENTER);
    browser.until(d -> browser.find("#current-user").getText().equals(user));

    browser.open("/rules");
    WebElement text = browser.find("#rule-text textarea");
    text.sendKeys("WHEN price(TSLA) > 7m THEN BUY 10 TSLA");
    browser.until(d -> browser.find("#rule-error").getText().startsWith("at "));
    assertThat(browser.find("#rule-error-caret").getText()).contains("^");
    browser.screenshot("03-rule-error");

    text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    String rule = "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
    text.sendKeys(rule);
    browser.until(
        d ->
            browser.find("#rule-error").getText().isEmpty()
                && browser.find("#rule-save").isEnabled());
    browser.until(d -> browser.find("#rule-inputs").getText().contains("price:TSLA = 250.0000"));
    browser.find("#rule-save").click();
    browser.until(
        d ->
            d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(rule)));
    browser.screenshot("04-rule-saved");

    browser.open("/");
    browser.until(
        d ->
            !d.findElements(By.cssSelector("#price-chart[data-rendered='true'] canvas")).isEmpty());
    browser.until(d -> browser.find("#latest-values").getText().contains("TSLA $250.00"));
    Thread.sleep(1000); // let ECharts finish drawing before the screenshot
    browser.screenshot("05-dashboard");
    assertThat(browser.find("#flink-ui-link").getAttribute("href"))
        .isEqualTo("http://127.0.0.1:8081/");
  }

  @Test
  void dashboardShouldPushTheUsersNewTradeWithItsExplanationButNotAnotherUsers() throws Exception {
    String demo = DemoUser.NAME;
    browser.signIn(demo, DemoUser.password());
    browser.open("/");
    browser.find("#trades"); // the view is attached, so it is subscribed to the trades topic

    long now = System.currentTimeMillis();
    Trade others = trade(uniqueUser("mallory"), "NFLX", Map.of("price:NFLX", 91.25), now);
    Trade mine = trade(demo, "TSLA", Map.of("price:TSLA", 249.5, "avg:TSLA:15m", 250.75), now);
    // Other's first: once mine is shown, theirs has been through the same consumer before it.
    publishTradesLikeTheJob(List.of(others, mine));

    String why = "avg:TSLA:15m = 250.8, price:TSLA = 249.5"; // input keys, as the job names them
    browser.until(d -> browser.cells("#trades").contains(why));
    browser.screenshot("06-dashboard-trade-pushed");
    List<String> cells = browser.cells("#trades");
    assertThat(cells).contains("BUY", "TSLA", "$249.50", "FILLED");
    assertThat(cells).noneMatch(c -> c.contains("NFLX"));
  }

  private static Trade trade(String user, String ticker, Map<String, Double> why, long eventTime) {
    long cents = Math.round(why.get("price:" + ticker) * 100);
    return new Trade(
        UUID.randomUUID().toString(),
        user,
        "rule-" + user,
        "BUY",
        1,
        ticker,
        cents,
        eventTime,
        "FILLED",
        "",
        why,
        "");
  }

  /**
   * Writes trades as the job's exactly-once Kafka sink does: in a committed transaction, key = rule
   * id, value = the model's {@code JsonCodec.TRADE} (the UI reads {@code read_committed}).
   */
  private static void publishTradesLikeTheJob(List<Trade> trades) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.stack().kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "browser-it-" + UUID.randomUUID());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      producer.beginTransaction();
      for (Trade t : trades) {
        producer.send(
            new ProducerRecord<>(
                TestStack.tradesTopic(),
                t.ruleId().getBytes(StandardCharsets.UTF_8),
                JsonCodec.TRADE.encode(t)));
      }
      producer.commitTransaction();
    }
  }

  /**
   * Price and sentiment windows for TSLA and $TSLA (what the dashboard opens on), so the charts
   * have lines.
   */
  private static void publishMarketData() throws Exception {
    long now = System.currentTimeMillis() / 60_000 * 60_000;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(KafkaConfig.producerProperties(TestStack.stack().kafkaBootstrap()))) {
      for (int i = 10; i >= 1; i--) {
        long end = now - (i - 1) * 60_000L;
        long last = 25_000 + (i % 3) * 40 - (i == 1 ? 0 : 10);
        if (i == 1) last = 25_000;
        PriceAggregate p =
            new PriceAggregate(
                "TSLA", "1m", end, 24_990 + i * 3, 24_995, 24_900, 25_100, last, 20, 2000);
        producer
            .send(
                new ProducerRecord<>(
                    TestStack.aggregatesTopic(), "TSLA", JsonCodec.PRICE_AGGREGATE.encode(p)))
            .get();
        SentimentAggregate s =
            new SentimentAggregate("$TSLA", "1m", end, 0.1 * (i % 5) - 0.1, 5 + i, 0.4, 0.2);
        producer
            .send(
                new ProducerRecord<>(
                    TestStack.aggregatesTopic(), "$TSLA", JsonCodec.SENTIMENT_AGGREGATE.encode(s)))
            .get();
      }
      PriceAggregate avg15 =
          new PriceAggregate(
              "TSLA", "15m", now, 25_020, 25_010, 24_900, 25_100, 25_000, 200, 20_000);
      producer
          .send(
              new ProducerRecord<>(
                  TestStack.aggregatesTopic(), "TSLA", JsonCodec.PRICE_AGGREGATE.encode(avg15)))
          .get();
    }
  }
}
