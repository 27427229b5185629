package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The done criterion against an already running {@code bin/tweetrade up} (not started by
 * the test): the demo user signs in; a new user signs up, writes a rule that holds for any quote,
 * and sees its trade fire on the dashboard, pushed from the real job through the trades topic.
 *
 * <p>Not an {@code *IT}: the normal build never runs it. {@code mvn -B -o verify -Pup-smoke} runs
 * it alone, against {@code bin/tweetrade up --demo} (the demo password is read from {@code
 * $TWEETRADE_HOME/secrets/demo-password}, default {@code ../var}; {@code
 * -Dtweetrade.smoke.demo-password-file=...} names another file); {@code -Dtweetrade.smoke.url=...}
 * points it elsewhere, {@code -Dtweetrade.smoke.wait=PT10M} gives the job longer. Screenshots:
 * {@code target/screenshots/up-*.png}.
 */
class UpSmoke {
  private static final String URL =
      System.getProperty("tweetrade.smoke.url", "http://127.0.0.1:8080");

  /** The demo user of {@code up --demo}, whose password {@code up} generated into a file. */
  private static final String DEMO_USER = System.getProperty("tweetrade.smoke.demo-user", "demo");

  private static final Path DEMO_PASSWORD_FILE =
      Path.of(
          System.getProperty(
              "tweetrade.smoke.demo-password-file",
              Path.of(
                      System.getenv().getOrDefault("TWEETRADE_HOME", "../var"),
                      "secrets",
                      "demo-password")
                  .toString()));

  /** How long the job may take from the rule's save to the trade on the page (checkpoint-paced). */
  private static final Duration TRADE_WAIT =
      Duration.parse(System.getProperty("tweetrade.smoke.wait", "PT5M"));

  /** True for every quote, so it fires on the next AAPL price the simulator sends (rising edge). */
  static final String RULE = "WHEN price(AAPL) > 0 THEN BUY 1 AAPL";

  private Browser browser;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start(URL, Duration.ofSeconds(90));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) browser.close();
  }

  @Test
  void demoUserShouldSignIn() throws Exception {
    signIn(DEMO_USER, Files.readAllLines(DEMO_PASSWORD_FILE).get(0));
    browser.screenshot("up-01-demo-dashboard");
  }

  @Test
  void newUserShouldSignUpWriteARuleAndWatchItFire() throws Exception {
    String user = "smoke" + Long.toString(System.currentTimeMillis(), 36);
    String password = "smoke-test-password";
    browser.open("/signup");
    browser.type("#signup-username input", user);
    browser.type("#signup-display-name input", "Smoke " + user);
    browser.type("#signup-password input", password);
    browser.type("#signup-confirm input", password);
    browser.find("#signup-button").click();
    browser.until(ExpectedConditions.urlContains("/login"));
    signIn(user, password);

    browser.open("/rules");
    WebElement text = browser.find("#rule-text textarea");
    text.sendKeys(RULE);
    browser.until(
        d ->
            browser.find("#rule-error").getText().isEmpty()
                && browser.find("#rule-save").isEnabled());
    browser.find("#rule-save").click();
    browser.until(
        d ->
            d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(RULE)));
    assertThat(browser.driver().findElements(By.id("publish-warning")))
        .as("rule published to Kafka")
        .isEmpty();
    browser.screenshot("up-02-rule-saved");

    browser.open("/");
    browser.find("#trades");
    new WebDriverWait(browser.driver(), TRADE_WAIT, Duration.ofSeconds(2))
        .withMessage("no AAPL trade with its explanation on the dashboard within " + TRADE_WAIT)
        .until(
            d ->
                d.findElements(By.cssSelector("#trades vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().startsWith("price:AAPL = ")));
    Thread.sleep(1000); // let the charts finish drawing before the screenshot
    browser.screenshot("up-03-trade-fired");
  }

  /** Signs in, with a screenshot of the page when that fails. */
  private void signIn(String user, String password) {
    try {
      browser.signIn(user, password);
    } catch (RuntimeException e) {
      screenshotQuietly("up-failed-sign-in-" + user);
      throw e;
    }
  }

  private void screenshotQuietly(String name) {
    try {
      browser.screenshot(name);
    } catch (Exception e) {
      // The original failure matters more than a missing picture of it.
    }
  }
}
