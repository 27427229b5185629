package com.tweetrade.web.support;

import com.tweetrade.web.backtest.BacktestService;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test runs signed in as one user, with {@link TestBacktests#service} services that are
 * cancelled after it, so that no backtest process outlives its test. Register it with
 * {@code @RegisterExtension}.
 */
public final class SignedInBacktests implements BeforeEachCallback, AfterEachCallback {
  private final String user;
  private final List<BacktestService> services = new ArrayList<>();

  public SignedInBacktests(String user) {
    this.user = user;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestBacktests.signInAs(user);
  }

  /** {@link TestBacktests#service(String)}, cancelled after the test. */
  public BacktestService service(@Nullable String command) {
    BacktestService service = TestBacktests.service(command);
    services.add(service);
    return service;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    services.forEach(BacktestService::cancelAll);
    services.clear();
    TestBacktests.signOut();
  }
}
