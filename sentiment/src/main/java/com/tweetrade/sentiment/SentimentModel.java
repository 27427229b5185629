package com.tweetrade.sentiment;

import java.util.Locale;

/**
 * Which lexicon a {@link SentimentAnalyzer} scores with; both use VADER 3.3.2's rules unchanged.
 *
 * <p>{@link #VADER} is the exact reference and the default. {@link #FINANCE} layers market language
 * over it (bullish/bearish, options and analyst words, emoji such as 🚀 and 📉; {@code
 * resources/finance/}).
 */
public enum SentimentModel {
  VADER,
  FINANCE;

  /** The model named {@code name} in any case ("vader", "finance"). */
  public static SentimentModel of(String name) {
    for (SentimentModel m : values()) {
      if (m.name().equalsIgnoreCase(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown sentiment model '" + name + "' (expected vader or finance)");
  }

  /** Lower-case name, as the CLI spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
