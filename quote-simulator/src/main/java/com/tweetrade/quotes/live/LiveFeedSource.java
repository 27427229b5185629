package com.tweetrade.quotes.live;

import com.tweetrade.quotes.ProgressReporter;
import com.tweetrade.quotes.QuoteSink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a live quote feed into the quotes topic.
 *
 * <p>One control loop owns the connection: it follows the rules topic when no fixed tickers were
 * given, connects, (re)subscribes when the wanted symbols change or a new connection is ready, and
 * after a close or an error reconnects after {@code backoffStep} × failures in a row (capped at
 * {@code backoffCap}; a connection that brought frames resets the count). Rule tickers beyond the
 * plan's cap are left out (the first ones alphabetically are kept) with a warning. A handshake
 * refused with 401/403 or an error the protocol calls fatal (bad credentials, plan limits) stops
 * the source: {@link #fatal()} says why. Trades on a feed that lost its connection are not
 * replayed: live feeds have no cursor, so the gap is logged.
 */
public final class LiveFeedSource implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveFeedSource.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * @param endpoint the feed's address (credentials are added by the protocol)
   * @param tickers fixed symbols ({@code --tickers}), or null to follow the rules topic
   * @param count stop after this many quotes; negative = no limit
   * @param idleTimeout a connection silent this long (no frame, no pong to the ping sent) is
   *     dropped
   */
  public record Settings(
      String endpoint,
      Set<String> tickers,
      long count,
      Duration idleTimeout,
      Duration backoffStep,
      Duration backoffCap) {
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration BACKOFF_STEP = Duration.ofSeconds(1);
    public static final Duration BACKOFF_CAP = Duration.ofSeconds(30);
  }

  private final FeedProtocol protocol;
  private final Settings settings;
  private final RuleTickers rules;

  /**
   * The fixed tickers in order, so subscriptions go out the same way every run; null when following
   * rules.
   */
  private final Set<String> fixed;

  private final Clock clock;
  private final FeedHandler handler;
  private final AtomicLong connects = new AtomicLong();
  private volatile boolean running = true;
  private Set<String> capWarnedFor = Set.of();

  /** Follows the rules topic at {@code bootstrap} when {@code settings.tickers()} is null. */
  public LiveFeedSource(
      FeedProtocol protocol,
      Settings settings,
      QuoteSink sink,
      String bootstrap,
      String rulesTopic,
      ProgressReporter progress,
      Clock clock) {
    this.protocol = protocol;
    this.settings = settings;
    this.rules = settings.tickers() == null ? new RuleTickers(bootstrap, rulesTopic) : null;
    this.fixed =
        settings.tickers() == null
            ? null
            : Collections.unmodifiableSet(new TreeSet<>(settings.tickers()));
    this.clock = clock;
    this.handler = new FeedHandler(protocol, sink, settings.count(), progress, clock::millis);
  }

  @Override
  public void run() {
    FeedSocket socket = null;
    Set<String> subscribed = Set.of();
    long reconnectAt = 0;
    int failuresInRow = 0;
    long framesAtConnect = 0;
    try {
      while (running && handler.fatal() == null && !handler.countReached()) {
        if (rules != null) rules.poll(POLL);
        else Thread.sleep(POLL.toMillis());
        Set<String> wanted = wanted();
        long now = clock.millis();
        if (socket != null && socket.ended().isDone()) {
          int status = socket.refusedStatus();
          if (status == 401 || status == 403) {
            handler.fatal(
                protocol.name()
                    + " refused the connection with HTTP "
                    + status
                    + ": check the credentials");
            break;
          }
          if (handler.frames() > framesAtConnect) failuresInRow = 0;
          failuresInRow++;
          long wait =
              Math.min(
                  settings.backoffCap().toMillis(),
                  settings.backoffStep().toMillis() * failuresInRow);
          reconnectAt = now + wait;
          LOG.warn(
              "{}: {}; trades until the reconnect are missed; reconnecting in {} ms (attempt {})",
              protocol.name(),
              protocol.redact(socket.ended().getNow("")),
              wait,
              failuresInRow + 1);
          socket.close();
          socket = null;
          subscribed = Set.of();
        }
        if (socket == null && now >= reconnectAt) {
          URI uri = protocol.connectUri(settings.endpoint());
          framesAtConnect = handler.frames();
          handler.notReady();
          socket =
              new FeedSocket(uri, handler, (int) Math.max(1, settings.idleTimeout().toSeconds()));
          if (socket.connectBlocking(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            connects.incrementAndGet();
            LOG.info("connected to {}", protocol.redact(uri.toString()));
          } else {
            socket
                .ended()
                .complete("could not connect: " + socket.ended().getNow("no answer in time"));
          }
        }
        if (socket != null
            && socket.isOpen()
            && handler.ready()
            && !wanted.equals(subscribed)
            && resubscribe(socket, subscribed, wanted)) {
          subscribed = wanted;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      handler.stop();
      if (socket != null) socket.close();
      if (rules != null) rules.close();
      LOG.info(
          "{} feed stops after {} frames: {} quotes sent, {} dead-lettered, skipped {}",
          protocol.name(),
          handler.frames(),
          handler.sent(),
          handler.deadLettered(),
          handler.skipped());
    }
  }

  /**
   * Sends the difference; false when the socket closed meanwhile (the next connection subscribes
   * anew).
   */
  private boolean resubscribe(FeedSocket socket, Set<String> before, Set<String> after) {
    List<String> gone = before.stream().filter(s -> !after.contains(s)).toList();
    List<String> added = after.stream().filter(s -> !before.contains(s)).toList();
    List<String> messages = new ArrayList<>();
    if (!gone.isEmpty()) messages.addAll(protocol.unsubscribe(gone));
    if (!added.isEmpty()) messages.addAll(protocol.subscribe(added));
    try {
      messages.forEach(socket::send);
    } catch (WebsocketNotConnectedException e) {
      return false;
    }
    if (after.isEmpty())
      LOG.info(
          "{}: no tickers to quote yet: waiting for a rule that reads a price", protocol.name());
    else LOG.info("{}: subscribed to {} symbols: {}", protocol.name(), after.size(), after);
    return true;
  }

  /** The fixed tickers, or those of active rules within the plan's cap. */
  private Set<String> wanted() {
    if (rules == null) return fixed;
    Set<String> all = rules.tickers();
    if (all.size() <= protocol.symbolCap()) return all;
    Set<String> kept = new TreeSet<>(all.stream().limit(protocol.symbolCap()).toList());
    if (!all.equals(capWarnedFor)) {
      capWarnedFor = all;
      LOG.warn(
          "{}'s free plan takes at most {} symbols; active rules read {}: leaving out {}",
          protocol.name(),
          protocol.symbolCap(),
          all.size(),
          all.stream().filter(s -> !kept.contains(s)).toList());
    }
    return kept;
  }

  /** Why the feed stopped for good (bad credentials, plan limits), or null. */
  public String fatal() {
    return handler.fatal();
  }

  public long connects() {
    return connects.get();
  }

  public long sent() {
    return handler.sent();
  }

  public long lastEventTime() {
    return handler.lastEventTime();
  }

  @Override
  public void close() {
    running = false;
  }
}
