package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scripted market for the rules ITs: TSLA steady at $200 then dropping to $180 at 10 minutes,
 * AAPL at $100 then $101 from 5 minutes, one quote per second each; an enthusiastic tweet about
 * Tesla every 5 seconds. Rules fire at known event times: r1-r3 ON CLOSE (schema 2 events), r6 ON
 * TICK (with an alert), r7 ON CLOSE (an alert only).
 */
public final class RulesScenario {
  static final long DROP_AT = T0 + 10 * ONE_MINUTE;
  static final long AAPL_UP_AT = T0 + 5 * ONE_MINUTE;
  static final long END = T0 + 14 * ONE_MINUTE;

  /** The pane that holds the first $180 quote ends here: r1 and r2 fire at this event time. */
  static final long DROP_PANE_END = DROP_AT + 10_000;

  static final String TWEET_TEXT = "Tesla is great, I love it! Amazing!";

  private RulesScenario() {}

  static List<RuleEvent> rules() {
    return List.of(
        RulesFixtures.create(
            "r1",
            "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10"
                + " TSLA"),
        RulesFixtures.create("r2", "WHEN change(TSLA, 1m) < -5 THEN SELL 5 TSLA AT LIMIT 179.5"),
        RulesFixtures.create(
            "r3",
            "WHEN sentiment(\"tesla\", 1m) > 0.5 AND price(AAPL) > 100.5 THEN BUY 1 AAPL EVERY 2m"),
        RulesFixtures.create("r4-broken", "WHEN price(TSLA) < THEN BUY 1 TSLA"),
        RuleEvent.create("r5", "bob", "WHEN volume(\"tesla\", 5m) > 1000 THEN BUY 1 TSLA", T0),
        // ON TICK (the current schema's default): decided by the first $180 quote itself, not its
        // pane.
        // ALSO NOTIFY: an alert with the trade's id.
        RuleEvent.create(
            "r6",
            "bob",
            "WHEN price(TSLA) < 190 THEN BUY 2 TSLA ALSO NOTIFY \"TSLA under 190\"",
            T0),
        // An alert-only rule, ON CLOSE: fires once, at the end of the drop's pane (like r2), and
        // trades nothing; the closers of run C leave change() at 0, so it does not fire again.
        RulesFixtures.create("r7", "WHEN change(TSLA, 1m) < -5 THEN NOTIFY \"TSLA fell\""));
  }

  /** Both tickers' quotes, in event-time order. */
  static List<Quote> quotes() {
    List<Quote> quotes = new ArrayList<>(tsla());
    quotes.addAll(aapl());
    quotes.sort(Comparator.comparingLong(Quote::eventTime));
    return quotes;
  }

  static List<Quote> tsla() {
    List<Quote> quotes = new ArrayList<>();
    for (long t = T0 + 1_000; t < END; t += 1_000)
      quotes.add(quote("TSLA", t < DROP_AT ? 20000 : 18000, t));
    return quotes;
  }

  static List<Quote> aapl() {
    List<Quote> quotes = new ArrayList<>();
    for (long t = T0 + 1_000; t < END; t += 1_000)
      quotes.add(quote("AAPL", t < AAPL_UP_AT ? 10000 : 10100, t));
    return quotes;
  }

  static List<Tweet> tweets() {
    List<Tweet> tweets = new ArrayList<>();
    long id = 1;
    for (long t = T0 + 2_000; t < END; t += 5_000) {
      tweets.add(
          new Tweet(id++, TWEET_TEXT, t, 7L, "fan", 100, "en", List.of(), List.of(), false, null));
    }
    return tweets;
  }

  public static Quote quote(String ticker, long priceCents, long time) {
    return new Quote(ticker, priceCents, 10, priceCents - 1, priceCents + 1, time);
  }
}
