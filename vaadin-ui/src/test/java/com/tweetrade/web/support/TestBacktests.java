package com.tweetrade.web.support;

import com.tweetrade.model.settings.SharedSetting;
import com.tweetrade.web.backtest.BacktestProperties;
import com.tweetrade.web.backtest.BacktestService;
import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.TweetradeProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A {@link BacktestService} outside Spring, and a signed-in user for it. */
public final class TestBacktests {
  private TestBacktests() {}

  /**
   * The service running {@code command}, or the project's own {@code bin/tweetrade} when null (the
   * root from {@code -Dtweetrade.root}, as Maven sets it).
   */
  public static BacktestService service(@Nullable String command) {
    return service(command, Duration.ofMinutes(5));
  }

  /** The service running {@code command}, stopping a backtest after {@code timeout}. */
  public static BacktestService service(@Nullable String command, Duration timeout) {
    return new BacktestService(
        new CurrentUser(),
        new BacktestProperties(command, timeout, "-Xmx1g"),
        new TweetradeProperties(
            SharedSetting.KAFKA.defaultValue().orElseThrow(),
            SharedSetting.CQL.defaultValue().orElseThrow(),
            "tweetdb",
            "datacenter1",
            URI.create("http://127.0.0.1:8081"),
            new TweetradeProperties.TopicNames(
                "rules",
                "trades",
                "aggregates",
                "alerts",
                "order-commands",
                "accounts",
                "quotes",
                "tweets",
                "dead-letters")));
  }

  /** Makes the current thread act as {@code user}. */
  public static void signInAs(String user) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
