package com.tweetrade.model.rules;

import com.tweetrade.model.Window;
import java.util.Locale;

/**
 * The functions a condition can read, one per kind of input the analytics provide.
 *
 * <p>Keyword functions read the sentiment aggregates of a keyword or cashtag; ticker functions read
 * prices, in dollars. Every input has a key ({@link #key}) that the job uses to look values up.
 */
public enum InputKind {
  /** Mean VADER compound score in [-1, 1] of the tweets in the window. */
  SENTIMENT(Subject.KEYWORD, true),
  /** Number of tweets in the window. */
  VOLUME(Subject.KEYWORD, true),
  /** Share in [0, 1] of tweets with compound &gt;= 0.05. */
  POSITIVE(Subject.KEYWORD, true),
  /** Share in [0, 1] of tweets with compound &lt;= -0.05. */
  NEGATIVE(Subject.KEYWORD, true),
  /** Last traded price in dollars; no window. */
  PRICE(Subject.TICKER, false),
  /** Mean price in dollars over the window. */
  AVG(Subject.TICKER, true),
  /** Volume-weighted average price in dollars over the window. */
  VWAP(Subject.TICKER, true),
  /** Percent change of the last price against the window's average: {@code 2.5} means +2.5%. */
  CHANGE(Subject.TICKER, true),
  /**
   * Mean compound in [-1, 1] of the tweets in the window under the finance model (VADER's rules
   * over a market lexicon: bullish, short, puts, downgrade, 🚀...). Last, so the other kinds keep
   * their ordinals.
   */
  FSENTIMENT(Subject.KEYWORD, true),
  /** Highest price in dollars over the window. */
  HIGH(Subject.TICKER, true),
  /** Lowest price in dollars over the window. */
  LOW(Subject.TICKER, true),
  /**
   * Shares traded over the window (the quotes' sizes): a ticker's volume, named apart from {@link
   * #VOLUME}, which counts posts about a keyword.
   */
  SHARES(Subject.TICKER, true);

  /** What a function's first argument names. */
  public enum Subject {
    KEYWORD,
    TICKER
  }

  private final Subject subject;
  private final boolean windowed;

  InputKind(Subject subject, boolean windowed) {
    this.subject = subject;
    this.windowed = windowed;
  }

  public Subject subject() {
    return subject;
  }

  /** Whether the function takes a window argument. */
  public boolean windowed() {
    return windowed;
  }

  /** The name users type, e.g. {@code sentiment}. */
  public String functionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The lookup key of this input: {@code sentiment:tesla:5m}, {@code sentiment:$TSLA:5m}, {@code
   * price:TSLA}, {@code avg:TSLA:15m}. {@code window} is ignored for {@link #PRICE}.
   */
  public String key(String subjectValue, Window window) {
    return windowed
        ? functionName() + ':' + subjectValue + ':' + window.label()
        : functionName() + ':' + subjectValue;
  }

  /** The kind whose function name is {@code name} (any case), or null. */
  public static InputKind byFunctionName(String name) {
    for (InputKind kind : values()) {
      if (kind.name().equalsIgnoreCase(name)) return kind;
    }
    return null;
  }
}
