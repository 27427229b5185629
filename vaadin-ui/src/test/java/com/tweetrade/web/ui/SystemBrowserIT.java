package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.support.BrowserStackIT;
import com.tweetrade.web.support.TestStack;
import com.tweetrade.web.users.User;
import com.tweetrade.web.users.UserService;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21's System page in headless Chromium: an admin signs in, finds System in the menu, opens
 * it, and sees the charts drawn by ECharts and a quotes rate above 0 while quotes arrive on the
 * measured topic (pushed, without reloading). Screenshot {@code target/screenshots/30-system.png}.
 */
class SystemBrowserIT extends BrowserStackIT {
  private static final Pattern QUOTES_RATE = Pattern.compile("^quotes ([0-9.]+)/s");

  @Autowired UserService users;

  private KafkaProducer<String, byte[]> producer;
  private ScheduledExecutorService quotes;

  SystemBrowserIT() {
    super(Duration.ofSeconds(90));
  }

  @BeforeEach
  void start() throws Exception {
    producer =
        new KafkaProducer<>(KafkaConfig.producerProperties(TestStack.stack().kafkaBootstrap()));
  }

  @AfterEach
  void stop() {
    if (quotes != null) quotes.shutdownNow();
    if (producer != null) producer.close();
  }

  @Test
  void anAdminShouldSeeTheSystemChartsWithLiveQuoteRates() throws Exception {
    String admin = uniqueUser("ops");
    String password = "system page " + admin;
    assertThat(users.create(admin, admin, password, Set.of(User.ROLE_USER, User.ROLE_ADMIN)))
        .isTrue();
    startQuotes();

    browser.signIn(admin, password);
    assertThat(browser.find("vaadin-side-nav-item[path$='system']").getText()).isEqualTo("System");
    browser.open("/system");
    browser.until(d -> quotesRate(browser.find("#system-rates").getText()) > 0);
    for (String chart :
        new String[] {"#system-rates-chart", "#system-lag-chart", "#system-flink-chart"}) {
      browser.until(
          d -> !d.findElements(By.cssSelector(chart + "[data-rendered='true'] canvas")).isEmpty());
    }
    // Nothing runs the job here: the page must say where Flink was looked for, not fail.
    assertThat(browser.find("#system-flink").getText()).isNotBlank();
    browser.screenshot("30-system");
  }

  private static double quotesRate(String text) {
    Matcher m = QUOTES_RATE.matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** Ten quotes a second on the topic the application measures, as the simulator sends them. */
  private void startQuotes() {
    quotes = Executors.newSingleThreadScheduledExecutor();
    quotes.scheduleAtFixedRate(
        () -> {
          long now = System.currentTimeMillis();
          Quote q = new Quote("NVDA", 13_000, 100, 12_999, 13_001, now);
          producer.send(
              new ProducerRecord<>(
                  TestStack.quotesTopic(), null, now, "NVDA", JsonCodec.QUOTE.encode(q)));
        },
        0,
        100,
        TimeUnit.MILLISECONDS);
  }
}
