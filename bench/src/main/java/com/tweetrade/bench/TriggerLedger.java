package com.tweetrade.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broker append time of each input record the bench sends, found by the trigger id the job
 * writes into {@code Trade.trigger}: {@code quote:<TICKER>@<eventTime>#<n>} and {@code tweet:<id>}.
 *
 * <p>{@code n} is the quote's index among that ticker's quotes of the same event-time millisecond,
 * in topic order. The bench keys quotes by ticker, so one ticker's quotes go to one partition, and
 * the idempotent producer keeps them in send order there: counting n in send order counts it in
 * topic order. The feeds must send each ticker's event times, and the tweet ids, in non-decreasing
 * order ({@link BenchRun} makes its realtime clock monotonic for that).
 *
 * <p>Records sent with {@code record = false} (the prefill, which is not measured) are counted for
 * n but not kept. Memory: at most {@code quotesPerTicker} quotes per ticker and {@code tweets}
 * tweets, 20 bytes each ({@link AppendLog}); the oldest are dropped first, and a trade whose
 * trigger was dropped counts as one without a measured trigger.
 */
public final class TriggerLedger {
  /** Sent, broker acknowledgement still to come: ask again later. */
  public static final long PENDING = AppendLog.PENDING;

  /** No append time known for this trigger. */
  public static final long NOT_SENT = AppendLog.NOT_SENT;

  private static final String QUOTE_PREFIX = "quote:";
  private static final String TWEET_PREFIX = "tweet:";
  private static final String CLOSE_PREFIX = "close:";

  /** What decided a trade, from the prefix of its trigger. */
  public enum Kind {
    QUOTE,
    TWEET,
    CLOSE,
    NONE,
    OTHER;

    public static Kind of(String trigger) {
      if (trigger == null || trigger.isEmpty()) return NONE;
      if (trigger.startsWith(QUOTE_PREFIX)) return QUOTE;
      if (trigger.startsWith(TWEET_PREFIX)) return TWEET;
      if (trigger.startsWith(CLOSE_PREFIX)) return CLOSE;
      return OTHER;
    }
  }

  private final int quotesPerTicker;
  private final Map<String, QuoteStream> quotes = new ConcurrentHashMap<>();
  private final AppendLog tweets;

  public TriggerLedger(int quotesPerTicker, int tweets) {
    this.quotesPerTicker = quotesPerTicker;
    this.tweets = new AppendLog(tweets);
  }

  public static String quoteId(String ticker, long eventTime, int n) {
    return QUOTE_PREFIX + ticker + '@' + eventTime + '#' + n;
  }

  public static String tweetId(long id) {
    return TWEET_PREFIX + id;
  }

  /**
   * A quote of {@code ticker} at {@code eventTime} about to be sent; kept only when {@code record}.
   */
  public Sent quote(String ticker, long eventTime, boolean record) {
    QuoteStream stream =
        quotes.computeIfAbsent(ticker, t -> new QuoteStream(new AppendLog(quotesPerTicker)));
    synchronized (stream) {
      if (eventTime < stream.lastEventTime) {
        throw new IllegalArgumentException(
            ticker + ": event time " + eventTime + " before " + stream.lastEventTime);
      }
      stream.n = eventTime == stream.lastEventTime ? stream.n + 1 : 0;
      stream.lastEventTime = eventTime;
      String id = quoteId(ticker, eventTime, stream.n);
      return record
          ? new Sent(id, stream.log, stream.log.add(eventTime, stream.n))
          : new Sent(id, null, -1);
    }
  }

  /** A tweet about to be sent; kept only when {@code record}. */
  public Sent tweet(long id, boolean record) {
    return record
        ? new Sent(tweetId(id), tweets, tweets.add(id, 0))
        : new Sent(tweetId(id), null, -1);
  }

  /** The append time of {@code trigger}'s input, or {@link #PENDING} or {@link #NOT_SENT}. */
  public long appendTime(String trigger) {
    try {
      switch (Kind.of(trigger)) {
        case QUOTE -> {
          int at = trigger.lastIndexOf('@');
          int hash = trigger.lastIndexOf('#');
          if (at <= QUOTE_PREFIX.length() || hash < at) return NOT_SENT;
          QuoteStream stream = quotes.get(trigger.substring(QUOTE_PREFIX.length(), at));
          if (stream == null) return NOT_SENT;
          return stream.log.appendTime(
              Long.parseLong(trigger.substring(at + 1, hash)),
              Integer.parseInt(trigger.substring(hash + 1)));
        }
        case TWEET -> {
          return tweets.appendTime(Long.parseLong(trigger.substring(TWEET_PREFIX.length())), 0);
        }
        default -> {
          return NOT_SENT;
        }
      }
    } catch (NumberFormatException e) {
      return NOT_SENT;
    }
  }

  /** One sent record: its trigger id, and where the broker's append time goes once acknowledged. */
  public static final class Sent {
    private final String triggerId;
    private final AppendLog log;
    private final long seq;

    private Sent(String triggerId, AppendLog log, long seq) {
      this.triggerId = triggerId;
      this.log = log;
      this.seq = seq;
    }

    public String triggerId() {
      return triggerId;
    }

    /**
     * From the send callback: {@code RecordMetadata.timestamp()}, the LogAppendTime on the input
     * topics.
     */
    /** Whether the append time is kept (the record was sent with {@code record = true}). */
    public boolean kept() {
      return log != null;
    }

    public void appended(long appendTime) {
      if (log != null) log.appended(seq, appendTime);
    }

    /** The send failed: the trigger has no append time. */
    public void failed() {
      appended(NOT_SENT);
    }
  }

  private static final class QuoteStream {
    final AppendLog log;
    long lastEventTime = Long.MIN_VALUE;
    int n;

    QuoteStream(AppendLog log) {
      this.log = log;
    }
  }
}
