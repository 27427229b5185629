package com.tweetrade.bench;

import com.tweetrade.bench.TriggerLedger.Kind;
import com.tweetrade.model.Trade;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decision and visible latency (issue 14) of the trades the bench's {@code read_committed} reader
 * receives, each measured from the broker append time of the input that decided it ({@code
 * Trade.trigger}, looked up in the {@link TriggerLedger}).
 *
 * <p><b>Decision latency</b> = the trade record's timestamp (the trades topic is {@code
 * CreateTime}: the wall clock when the job's sink wrote the record, right after paper trading
 * emitted the trade) minus the trigger's append time. <b>Visible latency</b> = when the reader
 * received the trade minus the same append time. Only trades whose trigger was appended within the
 * measured period are measured; every other trade is counted once, by why not: trigger appended
 * before or after the period, an ON CLOSE trigger ({@code close:}, no single input decided it), no
 * trigger, or a trigger without a known append time (prefill, dropped from the ledger, not sent by
 * the bench). A trade whose trigger is sent but not yet acknowledged waits for {@link
 * #retryPending}.
 *
 * <p>It also keeps the event-to-trade figures of the trades received within the measured period:
 * the record timestamp and the receipt minus the trade's own event time. They are the only latency
 * of ON CLOSE trades (whose event time is the end of the pane that decided them). Thread-safe.
 */
public final class LatencyBook {
  private final TriggerLedger ledger;
  private long periodStart = Long.MAX_VALUE;
  private long periodEnd = Long.MAX_VALUE;

  /** Per measured trade: {receivedMs (since the measurement started), decision, visible}. */
  private final List<long[]> measured = new ArrayList<>();

  /**
   * Per trade received within the measured period: {record timestamp, receipt} minus its event
   * time.
   */
  private final List<long[]> sinceEventTime = new ArrayList<>();

  private final List<Received> pending = new ArrayList<>();
  private long received;
  private long filled;
  private long rejected;
  private String rejectedExample = "";
  private long byQuote;
  private long byTweet;
  private long beforePeriod;
  private long afterPeriod;
  private long closeTriggers;
  private long noTrigger;
  private long unknownTrigger;

  private record Received(Trade trade, long emittedAt, long receivedAt, long receivedMs) {}

  public LatencyBook(TriggerLedger ledger) {
    this.ledger = ledger;
  }

  /** Triggers appended from {@code wallMillis} on are measured. */
  public synchronized void startPeriod(long wallMillis) {
    periodStart = wallMillis;
  }

  /** Triggers appended after {@code wallMillis} are not measured. */
  public synchronized void endPeriod(long wallMillis) {
    periodEnd = wallMillis;
  }

  /**
   * One trade as received.
   *
   * @param emittedAt the record's timestamp (CreateTime)
   * @param receivedAt wall clock when the reader received it
   * @param receivedMs the same, in ms since the measurement started (for the per-second samples)
   */
  public synchronized void add(Trade trade, long emittedAt, long receivedAt, long receivedMs) {
    received++;
    if (receivedAt >= periodStart && receivedAt <= periodEnd) {
      sinceEventTime.add(
          new long[] {emittedAt - trade.eventTime(), receivedAt - trade.eventTime()});
    }
    Received r = new Received(trade, emittedAt, receivedAt, receivedMs);
    if (!classify(r)) pending.add(r);
  }

  /** Looks up the triggers that were not acknowledged yet at their trade's arrival. */
  public synchronized void retryPending() {
    for (Iterator<Received> it = pending.iterator(); it.hasNext(); ) {
      if (classify(it.next())) it.remove();
    }
  }

  /** At the end: triggers still not acknowledged count as unknown. */
  public synchronized void closePending() {
    retryPending();
    unknownTrigger += pending.size();
    pending.clear();
  }

  public synchronized long received() {
    return received;
  }

  /** {decision, visible} of the measured trades received in ({@code fromMs}, {@code toMs}]. */
  public synchronized long[][] receivedBetween(long fromMs, long toMs) {
    return measured.stream()
        .filter(m -> m[0] > fromMs && m[0] <= toMs)
        .map(m -> new long[] {m[1], m[2]})
        .toArray(long[][]::new);
  }

  public synchronized Summary summary() {
    return new Summary(
        new Percentiles(measured.stream().mapToLong(m -> m[1]).toArray()),
        new Percentiles(measured.stream().mapToLong(m -> m[2]).toArray()),
        new Percentiles(sinceEventTime.stream().mapToLong(e -> e[0]).toArray()),
        new Percentiles(sinceEventTime.stream().mapToLong(e -> e[1]).toArray()),
        received,
        measured.size(),
        filled,
        rejected,
        rejectedExample,
        byQuote,
        byTweet,
        beforePeriod,
        afterPeriod,
        closeTriggers,
        noTrigger,
        unknownTrigger + pending.size());
  }

  /** False: the trigger's acknowledgement is still to come. */
  private boolean classify(Received r) {
    String trigger = r.trade().trigger();
    Kind kind = Kind.of(trigger);
    switch (kind) {
      case CLOSE -> closeTriggers++;
      case NONE -> noTrigger++;
      case OTHER -> unknownTrigger++;
      default -> {
        long append = ledger.appendTime(trigger);
        if (append == TriggerLedger.PENDING) return false;
        if (append == TriggerLedger.NOT_SENT) unknownTrigger++;
        else if (append < periodStart) beforePeriod++;
        else if (append > periodEnd) afterPeriod++;
        else measure(r, kind, append);
      }
    }
    return true;
  }

  private void measure(Received r, Kind kind, long append) {
    measured.add(new long[] {r.receivedMs(), r.emittedAt() - append, r.receivedAt() - append});
    if (kind == Kind.QUOTE) byQuote++;
    else byTweet++;
    if ("REJECTED".equals(r.trade().status())) {
      rejected++;
      if (rejectedExample.isEmpty()) rejectedExample = r.trade().reason();
    } else {
      filled++;
    }
  }

  /**
   * The latency figures and where every received trade went.
   *
   * @param decision record timestamp minus trigger append time, per measured trade (ms)
   * @param visible read_committed receipt minus trigger append time, per measured trade (ms)
   * @param eventToEmitted record timestamp minus the trade's event time, per trade received within
   *     the measured period (ms)
   * @param eventToVisible receipt minus the trade's event time, same trades (ms)
   * @param received trades received in all (the sum of the counts below)
   * @param measured trades with a trigger appended within the measured period
   * @param filled measured trades FILLED by paper trading
   * @param rejected measured trades REJECTED by a risk limit
   * @param rejectedExample the reason of the first rejected one, or empty
   * @param byQuote measured trades decided by a quote
   * @param byTweet measured trades decided by a tweet
   * @param beforePeriod trigger appended before the measured period (job start-up, its backlog)
   * @param afterPeriod trigger appended after the measured period (while the last trades drained)
   * @param closeTriggers ON CLOSE trades ({@code close:} triggers)
   * @param noTrigger trades with an empty trigger
   * @param unknownTrigger triggers without a known append time (prefill, dropped, not acknowledged)
   */
  public record Summary(
      Percentiles decision,
      Percentiles visible,
      Percentiles eventToEmitted,
      Percentiles eventToVisible,
      long received,
      long measured,
      long filled,
      long rejected,
      String rejectedExample,
      long byQuote,
      long byTweet,
      long beforePeriod,
      long afterPeriod,
      long closeTriggers,
      long noTrigger,
      long unknownTrigger) {

    public long withoutMeasuredTrigger() {
      return closeTriggers + noTrigger + unknownTrigger;
    }

    public String decisionLine() {
      return "decision latency: p50 " + decision.at(50) + " ms, p99 " + decision.at(99) + " ms";
    }

    public String visibleLine() {
      return "visible latency: p50 " + visible.at(50) + " ms, p99 " + visible.at(99) + " ms";
    }

    public String measuredLine() {
      return "trades measured: "
          + measured
          + " (FILLED "
          + filled
          + ", REJECTED "
          + rejected
          + "; decided by a quote "
          + byQuote
          + ", by a tweet "
          + byTweet
          + ")";
    }

    public String withoutTriggerLine() {
      return "trades without a measured trigger: "
          + withoutMeasuredTrigger()
          + " (ON CLOSE "
          + closeTriggers
          + ", no trigger "
          + noTrigger
          + ", append time unknown "
          + unknownTrigger
          + ")";
    }

    public String outsideLine() {
      return "trades outside the measured period: "
          + (beforePeriod + afterPeriod)
          + " (trigger appended before "
          + "it "
          + beforePeriod
          + ", after it "
          + afterPeriod
          + ")";
    }
  }
}
