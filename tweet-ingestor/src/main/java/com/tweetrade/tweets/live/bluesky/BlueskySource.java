package com.tweetrade.tweets.live.bluesky;

import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.TweetSource;
import com.tweetrade.tweets.live.Backoff;
import com.tweetrade.tweets.live.RulesWatcher;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams Bluesky posts from a Jetstream {@code subscribe} endpoint into the tweets topic.
 *
 * <p>One control loop owns the connection: it follows the rules topic (the filter's terms),
 * connects, and after a close or an error reconnects with {@link Backoff} and a cursor {@link
 * #REWIND_MICROS} before the newest {@code time_us} seen, so nothing in between is missed; what
 * comes again is dropped (posts by id in the publisher, other messages by their {@code time_us}).
 * At start it resumes from the tweets topic ({@link ResumePoint}). Messages are handled on the
 * socket's thread ({@link JetstreamHandler}); a connection that cannot be made waits as a dropped
 * one does.
 */
public final class BlueskySource implements TweetSource {
  private static final Logger LOG = LoggerFactory.getLogger(BlueskySource.class);

  /** How far before the newest event a reconnect starts: a few seconds, as Jetstream advises. */
  public static final long REWIND_MICROS = 5_000_000L;

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * @param endpoint the {@code subscribe} URL
   * @param all send every post of the wanted languages, not only those matching terms
   * @param langs wanted languages (empty = all)
   * @param terms keywords and cashtags tracked besides those of active rules ({@code --track})
   * @param count stop after handing this many posts to Kafka; 0 = no limit
   * @param idleTimeout a connection silent this long (no message, no pong to the ping sent halfway)
   *     is dropped and made anew: the network busy hours still send events every second
   */
  public record Settings(
      String endpoint,
      boolean all,
      Set<String> langs,
      Set<String> terms,
      long count,
      Duration idleTimeout) {
    /** The idle timeout of a real instance. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  }

  private final Settings settings;
  private final TweetPublisher publisher;
  private final RulesWatcher rules;
  private final ResumePoint resume;
  private final Backoff backoff;
  private final TimeSource time;
  private final JetstreamHandler handler;
  private final AtomicLong connects = new AtomicLong();
  private volatile boolean running = true;

  /**
   * @param rules follows the rules topic; {@code null} for {@code --all} or {@code --ignore-rules}
   */
  public BlueskySource(
      Settings settings,
      TweetPublisher publisher,
      RulesWatcher rules,
      ResumePoint resume,
      Backoff backoff,
      TimeSource time) {
    this.settings = settings;
    this.publisher = publisher;
    this.rules = rules;
    this.resume = resume;
    this.backoff = backoff;
    this.time = time;
    this.handler = new JetstreamHandler(publisher, settings.count());
  }

  @Override
  public void run() {
    resume.sentIds().forEach(publisher::rememberSent);
    handler.resumeFrom(resume.timeUs());
    if (resume.timeUs() > 0) {
      LOG.info(
          "resuming after Jetstream time {} ({} posts already on the topic)",
          resume.timeUs(),
          resume.sentIds().size());
    }
    Set<String> terms = null;
    JetstreamSocket socket = null;
    long reconnectAt = 0;
    int failuresInRow = 0;
    long messagesAtConnect = 0;
    try {
      while (running && !handler.countReached()) {
        if (rules != null) rules.poll(POLL);
        else Thread.sleep(POLL.toMillis());
        Set<String> wanted = wantedTerms();
        if (!wanted.equals(terms)) {
          terms = wanted;
          handler.filter(PostFilter.of(settings.all(), settings.langs(), wanted));
          if (settings.all())
            LOG.info(
                "sending every post{}",
                settings.langs().isEmpty() ? "" : " in " + settings.langs());
          else if (wanted.isEmpty())
            LOG.info("no terms to track yet: posts are dropped until a rule or --track gives some");
          else LOG.info("sending posts that mention any of {} terms: {}", wanted.size(), wanted);
        }
        long now = time.millis();
        if (socket != null && socket.ended().isDone()) {
          // a connection that brought something resets the count: only failures in a row grow the
          // wait
          if (handler.messages() > messagesAtConnect) failuresInRow = 0;
          failuresInRow++;
          long wait = backoff.delayMillis(Backoff.Kind.NETWORK, failuresInRow);
          reconnectAt = now + wait;
          LOG.warn(
              "{}; reconnecting in {} ms (attempt {})",
              socket.ended().getNow(""),
              wait,
              failuresInRow + 1);
          socket.close();
          socket = null;
        }
        // not before the rules of start are read: posts they ask for would be dropped as matching
        // nothing
        if (socket == null && now >= reconnectAt && (rules == null || rules.caughtUp())) {
          long cursor = handler.newestTimeUs() > 0 ? handler.newestTimeUs() - REWIND_MICROS : 0;
          URI uri = JetstreamUrl.subscribe(settings.endpoint(), cursor);
          handler.startConnection();
          messagesAtConnect = handler.messages();
          socket =
              new JetstreamSocket(
                  uri, handler, (int) Math.max(1, settings.idleTimeout().toSeconds()));
          if (socket.connectBlocking(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            connects.incrementAndGet();
            LOG.info("connected to {}", uri);
          } else {
            socket
                .ended()
                .complete(
                    "could not connect to "
                        + uri
                        + ": "
                        + socket.ended().getNow("no answer in time"));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (socket != null) socket.close();
      if (rules != null) rules.close();
      LOG.info(
          "Bluesky source stops after {} messages; skipped: {}",
          handler.messages(),
          handler.skips().nonZero());
    }
  }

  /** Connections made so far (the first and every reconnect). */
  public long connects() {
    return connects.get();
  }

  public SkipCounts skips() {
    return handler.skips();
  }

  @Override
  public void close() {
    running = false;
  }

  private Set<String> wantedTerms() {
    Set<String> all = new TreeSet<>(settings.terms());
    if (rules != null) all.addAll(rules.terms());
    return all;
  }
}
