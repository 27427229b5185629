package com.tweetrade.tweets.live;

import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleLanguage;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The track terms a rule needs: the keywords and cashtags its condition reads.
 *
 * <p>The rule is compiled by the model's rule language ({@link Rule#fromEvent}) against the same
 * ticker directory the Flink job uses ({@link RuleLanguage#standardTickers()}), and the terms are
 * {@link Rule#keywords()}: lower-case keywords of {@code sentiment}, {@code volume}, {@code
 * positive} and {@code negative}, and cashtags as {@code $TSLA} (the streaming API's track takes
 * them so). So the stream is filtered on exactly the subjects the job reads, and a rule the job
 * refuses tracks nothing here either. Price functions ({@code price}, {@code avg}, ...) need no
 * tweets and add no term.
 */
public final class RuleKeywords {
  private final Predicate<String> knownTickers;

  /** Compiles against {@link RuleLanguage#standardTickers()}, as the job does. */
  public RuleKeywords() {
    this(RuleLanguage.standardTickers());
  }

  /**
   * @param knownTickers the tickers rules may use, or null to accept any well-formed symbol
   */
  public RuleKeywords(Predicate<String> knownTickers) {
    this.knownTickers = knownTickers;
  }

  /**
   * The terms of the rule {@code event} describes.
   *
   * @throws IllegalArgumentException when the event describes no valid rule (a {@code
   *     RuleParseException} for text that does not compile); the job refuses it too
   */
  public Set<String> of(RuleEvent event) {
    if (event.userId() == null || event.userId().isBlank()) {
      // the job's RuleBook refuses these as well
      throw new IllegalArgumentException("rule event without userId");
    }
    return new TreeSet<>(Rule.fromEvent(event, knownTickers).keywords());
  }
}
