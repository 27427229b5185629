package com.tweetrade.web.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One {@link HeadlessChromium} on one web UI, with what the end-to-end tests do on every page: open
 * a path, find and type by CSS selector, wait, sign in, take a screenshot into {@code
 * target/screenshots/}.
 */
public final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(WebDriver driver, Duration wait, String baseUrl) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, wait);
    this.baseUrl = baseUrl;
  }

  /**
   * A new browser on the UI at {@code baseUrl} (no trailing slash); each wait lasts up to {@code
   * wait}.
   */
  public static Browser start(String baseUrl, Duration wait) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    return new Browser(HeadlessChromium.start(), wait, baseUrl);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Waits until {@code condition} is true or not null, up to the browser's wait. */
  public <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement find(String css) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public void type(String css, String value) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(value);
  }

  /** The texts of the cells of the grid {@code gridCss}, in page order. */
  public List<String> cells(String gridCss) {
    return driver.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Signs in on the login page and waits until the layout shows {@code user}. */
  public void signIn(String user, String password) {
    open("/login");
    type("#vaadinLoginUsername input", user);
    WebElement pwd = find("#vaadinLoginPassword input");
    pwd.sendKeys(password);
    pwd.sendKeys(Keys.ENTER);
    wait.until(d -> find("#current-user").getText().equals(user));
  }

  /** The page as {@code target/screenshots/<name>.png}. */
  public void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
