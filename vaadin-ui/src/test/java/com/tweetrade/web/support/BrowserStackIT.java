package com.tweetrade.web.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of end-to-end tests in real headless Chromium ({@link Browser}) on the application, which
 * runs on a random port against the real Kafka + Cassandra. The browser starts before and closes
 * after the subclass's own {@code @BeforeEach} and {@code @AfterEach} steps.
 */
public abstract class BrowserStackIT extends SpringStackIT {
  private final Duration wait;

  @LocalServerPort protected int port;
  protected Browser browser;

  /** {@code wait}: how long the browser waits for a page to show what a step expects. */
  protected BrowserStackIT(Duration wait) {
    this.wait = wait;
  }

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start("http://127.0.0.1:" + port, wait);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) browser.close();
  }
}
