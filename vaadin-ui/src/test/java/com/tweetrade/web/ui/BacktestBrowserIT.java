package com.tweetrade.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.support.DemoUser;
import com.tweetrade.web.support.HeadlessChromium;
import com.tweetrade.web.support.SpringStackIT;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in real headless Chromium: a draft rule (never saved) backtested from the rule editor
 * by the real {@code bin/tweetrade backtest --source stocknet}, with progress, then the equity
 * curve and the trades. Screenshots go to {@code target/screenshots/}.
 */
class BacktestBrowserIT extends SpringStackIT {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(120);

  @LocalServerPort int port;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() throws Exception {
    driver = HeadlessChromium.start();
    wait = new WebDriverWait(driver, WAIT);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) driver.quit();
  }

  @Test
  void shouldBacktestTheDraftFromTheRuleEditorAndShowTheEquityCurveAndTrades() throws Exception {
    open("/login");
    type("#vaadinLoginUsername input", DemoUser.NAME);
    WebElement pwd = find("#vaadinLoginPassword input");
    pwd.sendKeys(DemoUser.password());
    pwd.sendKeys(Keys.ENTER);
    wait.until(d -> find("#current-user").getText().equals(DemoUser.NAME));

    open("/rules");
    String rule = "WHEN price(AAPL) < avg(AAPL, 5d) THEN BUY 10 AAPL";
    find("#rule-text textarea").sendKeys(rule);
    // The editor checks for the live job's windows: its message shows the draft reached the server.
    wait.until(d -> find("#rule-error").getText().contains("5d"));
    find("#rule-backtest").click();

    wait.until(d -> find("#backtest-rule").getText().equals(rule));
    setDate("#backtest-from", "2014-01-01");
    setDate("#backtest-to", "2014-03-31");
    find("#backtest-run").click();
    wait.until(d -> !find("#backtest-progress").getText().isEmpty());
    screenshot("10-backtest-running");

    wait.until(d -> find("#backtest-progress").getText().equals("Done."));
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#backtest-equity[data-rendered='true'] canvas"))
                .isEmpty());
    wait.until(d -> cells().contains("BUY"));
    Thread.sleep(1000); // let ECharts finish drawing before the screenshot
    screenshot("11-backtest-results");

    assertThat(find("#backtest-message").getText()).isEmpty();
    assertThat(find("#backtest-summary").getText()).startsWith("Trades ");
    List<String> cells = cells();
    assertThat(cells).contains("AAPL", "FILLED");
    assertThat(cells).anyMatch(c -> c.startsWith("avg:AAPL:5d = ") && c.contains("price:AAPL = "));
  }

  private List<String> cells() {
    return driver.findElements(By.cssSelector("#backtest-trades vaadin-grid-cell-content")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Sets a date picker's ISO value as the component's own input would, whatever the locale. */
  private void setDate(String css, String isoDate) {
    WebElement picker = find(css);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
            picker,
            isoDate);
    wait.until(d -> isoDate.equals(picker.getDomProperty("value")));
  }

  private void open(String path) {
    driver.get("http://127.0.0.1:" + port + path);
  }

  private WebElement find(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private void type(String css, String value) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    e.sendKeys(value);
  }

  private void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
