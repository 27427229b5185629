package com.tweetrade.job.rules;

import com.tweetrade.model.Window;
import com.tweetrade.model.rules.Condition;
import com.tweetrade.model.rules.InputKind;
import java.io.Serializable;
import java.util.Map;

/**
 * What an input is worth at a later event time: a window's value holds until its newest event
 * leaves the window (then a count is 0 and the rest have no data); a price, and an indicator (ema,
 * rsi), holds for the staleness bound.
 *
 * <p>Windows are pane-aligned like the stored aggregates: the window of length L at time t holds
 * the panes ending in (paneEnd(t) - L, paneEnd(t)], so an event in the pane ending at e is in it
 * while t &lt; e + L - pane.
 */
public final class InputFreshness implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long paneMillis;
  private final long priceStalenessMillis;

  public InputFreshness(long paneMillis, long priceStalenessMillis) {
    this.paneMillis = paneMillis;
    this.priceStalenessMillis = priceStalenessMillis;
  }

  public long priceStalenessMillis() {
    return priceStalenessMillis;
  }

  /**
   * The value of {@code key} at event time {@code now}: its own, 0 or NaN once its data aged out.
   */
  public double valueAt(String key, InputValue held, long now) {
    if (held == null) return Double.NaN;
    // A crossing's sides at the rule's previous evaluation: what they were, whenever that was.
    if (key.startsWith(Condition.Crossing.MEMORY_PREFIX)) return held.value();
    int kindEnd = key.indexOf(':');
    String kind = kindEnd < 0 ? key : key.substring(0, kindEnd);
    // An indicator counts the bar in progress at the last price: it goes stale with that price.
    if (kind.equals(InputKind.PRICE.functionName())
        || kind.equals(InputKind.EMA.functionName())
        || kind.equals(InputKind.RSI.functionName())) {
      return held.newestEventTime() < now - priceStalenessMillis ? Double.NaN : held.value();
    }
    // Worked out for this very time (the tick's sliding window, the close's window ending here):
    // exact as it is. Ageing by pane is for values of an earlier time; at a close it would drop
    // the window's oldest pane one close early, and a window of one pane (1d on day panes) at once.
    if (held.asOf() == now) return held.value();
    boolean count = kind.equals(InputKind.VOLUME.functionName());
    if (held.newestEventTime() == Long.MIN_VALUE) return count ? 0.0 : Double.NaN;
    Window window = Window.fromLabel(key.substring(key.lastIndexOf(':') + 1));
    long newestPaneEnd =
        held.newestEventTime() - Math.floorMod(held.newestEventTime(), paneMillis) + paneMillis;
    if (now >= newestPaneEnd + window.length().toMillis() - paneMillis)
      return count ? 0.0 : Double.NaN;
    return held.value();
  }

  /** Every held value at {@code now}, as the condition reads them. */
  public com.tweetrade.model.rules.InputValues at(Map<String, InputValue> held, long now) {
    return key -> valueAt(key, held.get(key), now);
  }
}
