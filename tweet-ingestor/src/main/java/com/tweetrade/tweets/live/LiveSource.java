package com.tweetrade.tweets.live;

import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.TweetSource;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.FilterQuery;
import twitter4j.TwitterStream;
import twitter4j.TwitterStreamFactory;
import twitter4j.conf.Configuration;

/**
 * Streams live tweets with twitter4j's filter stream, tracking the configured terms plus those of
 * active rules.
 *
 * <p>One control loop owns the connection: it polls the rules topic, re-filters when the terms
 * change (at most once per {@code refilterInterval}, as Twitter punishes frequent reconnects), and
 * reconnects after failures with {@link Backoff}. twitter4j's own retry loop is stopped at the
 * first failure (see {@link StreamHandler}) because it ignores Twitter's longer wait for rate
 * limiting and retries bad credentials forever. A 401/403 stops the source; {@link #fatalFailure()}
 * says why.
 */
public final class LiveSource implements TweetSource {
  private static final Logger LOG = LoggerFactory.getLogger(LiveSource.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final TwitterStream stream;
  private final StreamHandler handler;
  private final RulesWatcher rules;
  private final Set<String> configuredTerms;
  private final Backoff backoff;
  private final Duration refilterInterval;
  private final TimeSource time;
  private volatile boolean running = true;
  private volatile StreamFailure fatal;

  /**
   * @param rules follows the rules topic; {@code null} to track only {@code configuredTerms}
   */
  public LiveSource(
      Configuration twitterConf,
      TweetPublisher publisher,
      RulesWatcher rules,
      Set<String> configuredTerms,
      Backoff backoff,
      Duration refilterInterval,
      TimeSource time) {
    this.stream = new TwitterStreamFactory(twitterConf).getInstance();
    this.handler = new StreamHandler(publisher, stream::cleanUp);
    this.stream.addListener(handler);
    this.stream.addConnectionLifeCycleListener(handler);
    this.rules = rules;
    this.configuredTerms = Set.copyOf(configuredTerms);
    this.backoff = backoff;
    this.refilterInterval = refilterInterval;
    this.time = time;
  }

  @Override
  public void run() {
    Set<String> current = Set.of();
    boolean streaming = false;
    long reconnectAt = 0;
    long lastFilterAt = Long.MIN_VALUE / 2;
    long connectsSeen = 0;
    int failuresInRow = 0;
    Backoff.Kind lastKind = null;
    boolean toldWaiting = false;
    try {
      while (running) {
        if (rules != null) rules.poll(POLL);
        else Thread.sleep(POLL.toMillis());
        long now = time.millis();

        if (handler.connects() > connectsSeen) {
          connectsSeen = handler.connects();
          failuresInRow = 0;
        }
        StreamFailure failure = handler.takeFailure();
        if (failure != null) {
          streaming = false;
          if (failure.fatal()) {
            fatal = failure;
            LOG.error("live source stops: {}", failure.explanation());
            return;
          }
          failuresInRow = failure.kind() == lastKind ? failuresInRow + 1 : 1;
          lastKind = failure.kind();
          long wait = backoff.delayMillis(failure.kind(), failuresInRow);
          reconnectAt = now + wait;
          LOG.warn(
              "{}; reconnecting in {} ms (attempt {})",
              failure.explanation(),
              wait,
              failuresInRow + 1);
        }

        Set<String> wanted = wantedTerms();
        if (wanted.isEmpty()) {
          if (streaming) stream.cleanUp();
          streaming = false;
          if (!toldWaiting)
            LOG.info("no terms to track yet: waiting for active rules or --track terms");
          toldWaiting = true;
          continue;
        }
        toldWaiting = false;
        boolean changed = !wanted.equals(current);
        if ((!streaming && now >= reconnectAt)
            || (streaming && changed && now - lastFilterAt >= refilterInterval.toMillis())) {
          LOG.info("filtering the stream on {} terms: {}", wanted.size(), wanted);
          stream.filter(new FilterQuery().track(wanted.toArray(String[]::new)));
          current = wanted;
          streaming = true;
          lastFilterAt = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stream.shutdown();
    }
  }

  /** Why the source stopped on its own (bad credentials, forbidden), or {@code null}. */
  public StreamFailure fatalFailure() {
    return fatal;
  }

  /** Connections made so far (the first one and every reconnect). */
  public long connects() {
    return handler.connects();
  }

  @Override
  public void close() {
    running = false;
  }

  private Set<String> wantedTerms() {
    Set<String> all = new TreeSet<>(configuredTerms);
    if (rules != null) all.addAll(rules.terms());
    return all;
  }
}
