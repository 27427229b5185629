package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.support.Browser;
import com.tweetrade.web.support.LocalJob;
import com.tweetrade.web.support.SpringStackIT;
import com.tweetrade.web.support.TestStack;
import com.tweetrade.web.users.User;
import com.tweetrade.web.users.UserService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18's browser test, end to end on the real job: in headless Chromium a user saves a limit
 * order rule, sees the order rest on the Orders page while scripted quotes stay above the limit,
 * sees it leave the list and a FILLED trade at the crossing quote's price on the dashboard, then
 * sees the position's unrealised P&amp;L and the account follow the price.
 *
 * <p>The quotes go on the job's quotes topic as {@code quote-simulator} writes them (model's {@code
 * Quote} JSON, key ticker, record time = event time), one a second at the wall clock: the job
 * revalues positions at the first quote of each second of event time, and a price older than 60 s
 * is not traded on. Screenshots go to {@code target/screenshots/}.
 */
class LimitOrderBrowserIT extends SpringStackIT {
  /** One step of the scenario, on a slow machine: the job's start, a fill, a revaluation. */
  private static final Duration WAIT = Duration.ofMinutes(3);

  /** A real NASDAQ ticker (the rule editor checks them) that no other test quotes. */
  private static final String TICKER = "ZBRA";

  private static final String RULE =
      "WHEN price(" + TICKER + ") > 0 THEN BUY 10 " + TICKER + " AT LIMIT 95 ONCE";

  @LocalServerPort int port;
  @Autowired UserService users;

  private final AtomicLong priceCents = new AtomicLong(10_000);
  private LocalJob job;
  private Browser browser;
  private KafkaProducer<String, byte[]> producer;
  private ScheduledExecutorService quotes;

  @BeforeEach
  void start() throws Exception {
    job = LocalJob.start();
    browser = Browser.start("http://127.0.0.1:" + port, WAIT);
    producer =
        new KafkaProducer<>(KafkaConfig.producerProperties(TestStack.stack().kafkaBootstrap()));
  }

  @AfterEach
  void stop() throws Exception {
    if (quotes != null) quotes.shutdownNow();
    if (producer != null) producer.close();
    if (browser != null) browser.close();
    if (job != null) job.close();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void shouldRestALimitOrderFillItWhenTheMarketCrossesAndMarkThePositionToMarket()
      throws Exception {
    String user = uniqueUser("limit");
    String password = "limit order " + user;
    assertThat(users.create(user, user, password, Set.of(User.ROLE_USER))).isTrue();
    job.awaitRunning(WAIT);

    browser.signIn(user, password);
    browser.open("/rules");
    browser.find("#rule-text textarea").sendKeys(RULE);
    browser.until(
        d ->
            browser.find("#rule-error").getText().isEmpty()
                && browser.find("#rule-save").isEnabled());
    browser.find("#rule-save").click();
    browser.until(d -> browser.cells("#rules-grid").contains(RULE));

    // Quotes at 100.00: the rule fires, and its buy limit of 95 rests.
    startQuotes();
    browser.open("/orders");
    browser.until(d -> browser.cells("#open-orders").contains("$95.00"));
    Thread.sleep(5_000); // five more quotes above the limit: still resting
    List<String> resting = browser.cells("#open-orders");
    assertThat(resting).contains(TICKER, "BUY", "LIMIT", "10", "$95.00", "OPEN", RULE);
    browser.screenshot("20-limit-order-resting");

    // The market crosses the limit: the order fills at that quote's price, 94.00.
    priceCents.set(9_400);
    browser.until(d -> browser.find("#orders-empty").isDisplayed());
    assertThat(browser.cells("#open-orders")).doesNotContain(TICKER);
    browser.screenshot("21-limit-order-filled");

    browser.open("/");
    untilShown("#trades", cells -> cells.contains("FILLED: limit 95.00 filled at 94.00"));
    assertThat(browser.cells("#trades")).contains("BUY", "10", TICKER, "$94.00");
    browser.screenshot("22-dashboard-trade");

    // Mark to market: 10 shares bought at 94.00 are worth 30.00 more at 97.00, 50.00 at 99.00.
    priceCents.set(9_700);
    untilShown("#positions", cells -> cells.contains("$30.00"));
    untilShown("#account-summary", text("Unrealised P&L $30.00"));
    browser.screenshot("23-dashboard-pnl-97");
    priceCents.set(9_900);
    untilShown("#positions", cells -> cells.contains("$50.00") && cells.contains("$99.00"));
    untilShown("#account-summary", text("Unrealised P&L $50.00"));
    assertThat(browser.find("#account-summary").getText()).contains("Positions $990.00");
    browser.screenshot("24-dashboard-pnl-99");
  }

  /** One quote a second at the current price, timed now, as the quote simulator sends them. */
  private void startQuotes() {
    quotes = Executors.newSingleThreadScheduledExecutor();
    quotes.scheduleAtFixedRate(
        () -> {
          long p = priceCents.get();
          long now = System.currentTimeMillis();
          Quote q = new Quote(TICKER, p, 100, p - 1, p + 1, now);
          producer.send(
              new ProducerRecord<>(
                  job.quotesTopic(), null, now, TICKER, JsonCodec.QUOTE.encode(q)));
        },
        0,
        1,
        TimeUnit.SECONDS);
  }

  private static Predicate<List<String>> text(String part) {
    return shown -> shown.get(0).contains(part);
  }

  /**
   * Waits until {@code condition} holds for the grid cells of {@code css} (the text of the account
   * summary) on the page now open. The dashboard re-reads positions and the account when prices
   * move, at most every 5 s; it is reloaded every 20 s as well, so that the wait does not rest on
   * that alone.
   */
  private void untilShown(String css, Predicate<List<String>> condition) {
    String path = browser.driver().getCurrentUrl();
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(
                d ->
                    !d.findElements(By.cssSelector(css)).isEmpty()
                        && condition.test(
                            css.startsWith("#account")
                                ? List.of(browser.find(css).getText())
                                : browser.cells(css)));
        return;
      } catch (TimeoutException e) {
        if (System.nanoTime() > end) {
          throw new AssertionError(
              css + " did not show what was awaited within " + WAIT + "; " + job.tail(), e);
        }
        browser.driver().navigate().to(path);
      }
    }
  }
}
