package com.tweetrade.tweets.replay;

import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.Snowflake;
import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.TweetSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a recording of v1.1 tweets: paced by {@link ReplayClock}, optionally looped and re-timed.
 *
 * <p>Ids: pass 0 sends the recorded ids, so replayed tweets can be traced back to the file. Every
 * later pass of {@code --loop} gives each tweet a new snowflake id for its shifted event time with
 * the recorded worker and sequence bits ({@link Snowflake#moveTo}): a pass is new tweets, not a
 * resend, and ids still grow with time. The publisher's "never twice" check applies to the ids
 * actually sent, so the rare derived id that matches one already sent is skipped and counted as a
 * duplicate, never sent twice. {@code retweetedId} keeps pointing at the recorded original.
 *
 * <p>Bad lines are dead-lettered with {@code name:line} on pass 0 only; later passes skip them, as
 * they were already reported. Blank lines are skipped silently.
 *
 * <p>Speed: twitter4j's parser costs far more than sending, so lines are read and parsed in chunks
 * on all cores, one chunk ahead of sending ({@link ChunkParser}), and a loop parses the recording
 * once and replays later passes from memory (up to {@link #MAX_CACHED_TWEETS} tweets).
 */
public final class ReplaySource implements TweetSource {
  private static final Logger LOG = LoggerFactory.getLogger(ReplaySource.class);

  /** Longest single wait, so {@link #close()} is noticed quickly without interrupting Kafka. */
  private static final long MAX_WAIT_SLICE_MS = 100;

  /**
   * Lines parsed together; small enough that pacing starts at once, large enough to use all cores
   * (~1.5 MB of 3 KB lines; two chunks are in memory at a time).
   */
  private static final int CHUNK_LINES = 512;

  /**
   * Loops keep pass 0's tweets in memory when there are at most this many (about 0.5 KB each, so up
   * to ~50 MB; the full StockNet file fits); larger recordings are read and parsed again on every
   * pass.
   */
  static final int MAX_CACHED_TWEETS = 100_000;

  private final RecordingInput input;
  private final ReplayClock clock;
  private final boolean loop;
  private final long count;
  private final TweetPublisher publisher;
  private final TimeSource time;
  private volatile boolean running = true;
  private long published;

  /** The valid tweets of pass 0, when looping and they fit; later passes replay from here. */
  private List<Recorded> cache;

  /** A valid recorded tweet with where it came from. */
  private record Recorded(Tweet tweet, String position) {}

  /**
   * @param count stop after this many tweets were handed to Kafka; {@code <= 0} for no limit
   */
  public ReplaySource(
      RecordingInput input,
      ReplayClock clock,
      boolean loop,
      long count,
      TweetPublisher publisher,
      TimeSource time) {
    this.input = input;
    this.clock = clock;
    this.loop = loop;
    this.count = count;
    this.publisher = publisher;
    this.time = time;
  }

  @Override
  public void run() {
    try {
      for (int pass = 0; running && (pass == 0 || loop); pass++) {
        long valid = replayPass(pass);
        if (valid == 0) {
          LOG.warn("{} holds no valid tweet; nothing to replay", input.name());
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + input.name() + " failed", e);
    }
  }

  /** Tweets handed to Kafka so far. */
  public long published() {
    return published;
  }

  @Override
  public void close() {
    running = false;
  }

  /** Returns the number of valid tweets in the pass. */
  private long replayPass(int pass) throws IOException, InterruptedException {
    if (pass > 0 && cache != null) return replayCached(pass);
    long valid = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    List<Recorded> kept = pass == 0 && loop ? new ArrayList<>() : null;
    try (BufferedReader reader = input.open();
        ChunkParser chunks = new ChunkParser(reader, CHUNK_LINES)) {
      int lineNo = 0;
      ChunkParser.Chunk chunk;
      while (running && (chunk = chunks.next()) != null) {
        for (int i = 0; i < chunk.lines().size() && running; i++) {
          lineNo++;
          LineParser.Parsed p = chunk.parsed().get(i);
          if (p == null) continue;
          String position = input.name() + ":" + lineNo;
          if (!p.ok()) {
            if (pass == 0) publisher.deadLetter(p.error(), chunk.lines().get(i), position);
            continue;
          }
          Tweet recorded = p.tweet();
          valid++;
          first = Math.min(first, recorded.createdAt());
          last = Math.max(last, recorded.createdAt());
          if (kept != null) {
            if (kept.size() < MAX_CACHED_TWEETS) kept.add(new Recorded(recorded, position));
            else kept = null;
          }
          if (!send(recorded, pass, chunk.lines().get(i), position)) return valid;
        }
      }
    }
    if (pass == 0 && valid > 0) clock.endFirstPass(first, last, valid);
    if (running && kept != null) cache = kept;
    return valid;
  }

  /** A later pass from memory: no reading, no parsing. */
  private long replayCached(int pass) throws InterruptedException {
    for (Recorded r : cache) {
      // the raw line is not kept: a cached tweet is valid, so it is never dead-lettered
      if (!running || !send(r.tweet(), pass, "", r.position())) break;
    }
    return cache.size();
  }

  private boolean send(Tweet recorded, int pass, String line, String position)
      throws InterruptedException {
    if (!waitUntilDue(clock.dueMillis(recorded.createdAt(), pass))) return false;
    Tweet out = rewrite(recorded, clock.eventMillis(recorded.createdAt(), pass), pass);
    if (publisher.publish(out, line, position)) {
      published++;
      if (count > 0 && published >= count) running = false;
    }
    return running;
  }

  private boolean waitUntilDue(long due) throws InterruptedException {
    if (!clock.waits()) return running;
    long now;
    while (running && (now = time.millis()) < due) {
      time.sleepUntil(Math.min(due, now + MAX_WAIT_SLICE_MS));
    }
    return running;
  }

  static Tweet rewrite(Tweet t, long eventMillis, int pass) {
    long id = t.id();
    if (pass > 0 && eventMillis >= Snowflake.TWITTER_EPOCH_MS)
      id = Snowflake.moveTo(t.id(), eventMillis);
    if (id == t.id() && eventMillis == t.createdAt()) return t;
    return new Tweet(
        id,
        t.text(),
        eventMillis,
        t.authorId(),
        t.authorName(),
        t.followers(),
        t.lang(),
        t.cashtags(),
        t.hashtags(),
        t.retweet(),
        t.retweetedId(),
        t.source());
  }
}
