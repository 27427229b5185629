package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.support.BrowserStackIT;
import com.tweetrade.web.support.DemoUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * End to end in real headless Chromium: a draft rule (never saved) backtested from the rule editor
 * by the real {@code bin/tweetrade backtest --source stocknet}, with progress, then the equity
 * curve and the trades. Screenshots go to {@code target/screenshots/}.
 */
class BacktestBrowserIT extends BrowserStackIT {
  BacktestBrowserIT() {
    super(Duration.ofSeconds(120));
  }

  @Test
  void shouldBacktestTheDraftFromTheRuleEditorAndShowTheEquityCurveAndTrades() throws Exception {
    browser.signIn(DemoUser.NAME, DemoUser.password());

    browser.open("/rules");
    String rule = "WHEN price(AAPL) < avg(AAPL, 5d) THEN BUY 10 AAPL";
    browser.find("#rule-text textarea").sendKeys(rule);
    // The editor checks for the live job's windows: its message shows the draft reached the server.
    browser.until(d -> browser.find("#rule-error").getText().contains("5d"));
    browser.find("#rule-backtest").click();

    browser.until(d -> browser.find("#backtest-rule").getText().equals(rule));
    setDate("#backtest-from", "2014-01-01");
    setDate("#backtest-to", "2014-03-31");
    browser.find("#backtest-run").click();
    browser.until(d -> !browser.find("#backtest-progress").getText().isEmpty());
    browser.screenshot("10-backtest-running");

    browser.until(d -> browser.find("#backtest-progress").getText().equals("Done."));
    browser.until(
        d ->
            !d.findElements(By.cssSelector("#backtest-equity[data-rendered='true'] canvas"))
                .isEmpty());
    browser.until(d -> browser.cells("#backtest-trades").contains("BUY"));
    Thread.sleep(1000); // let ECharts finish drawing before the screenshot
    browser.screenshot("11-backtest-results");

    assertThat(browser.find("#backtest-message").getText()).isEmpty();
    assertThat(browser.find("#backtest-summary").getText()).startsWith("Trades ");
    List<String> cells = browser.cells("#backtest-trades");
    assertThat(cells).contains("AAPL", "FILLED");
    assertThat(cells).anyMatch(c -> c.startsWith("avg:AAPL:5d = ") && c.contains("price:AAPL = "));
  }

  /** Sets a date picker's ISO value as the component's own input would, whatever the locale. */
  private void setDate(String css, String isoDate) {
    WebElement picker = browser.find(css);
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
            picker,
            isoDate);
    browser.until(d -> isoDate.equals(picker.getDomProperty("value")));
  }
}
