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
  SHARES(Subject.TICKER, true),
  /**
   * Exponential moving average in dollars of the last n bar closes ({@code ema(TSLA, 12)}):
   * smoothing 2 / (n + 1), seeded with the simple mean of the first n closes.
   */
  EMA(Subject.TICKER, Argument.PERIOD),
  /**
   * Wilder's relative strength index in [0, 100] over n bar-to-bar changes ({@code rsi(TSLA, 14)}):
   * the first averages are simple means of n gains and losses, then smoothed by 1/n.
   */
  RSI(Subject.TICKER, Argument.PERIOD);

  /** Fewest bars an indicator can be computed over. */
  public static final int MIN_PERIOD = 2;

  /** Most bars an indicator can be computed over. */
  public static final int MAX_PERIOD = 500;

  /** What a function's first argument names. */
  public enum Subject {
    KEYWORD,
    TICKER
  }

  /** What a function's second argument is, if it has one. */
  public enum Argument {
    NONE,
    WINDOW,
    /** A number of bars, for the indicators. */
    PERIOD
  }

  private final Subject subject;
  private final Argument argument;

  InputKind(Subject subject, boolean windowed) {
    this(subject, windowed ? Argument.WINDOW : Argument.NONE);
  }

  InputKind(Subject subject, Argument argument) {
    this.subject = subject;
    this.argument = argument;
  }

  public Subject subject() {
    return subject;
  }

  /** Whether the function takes a window argument. */
  public boolean windowed() {
    return argument == Argument.WINDOW;
  }

  /** Whether the function takes a number of bars ({@link #EMA}, {@link #RSI}). */
  public boolean periodic() {
    return argument == Argument.PERIOD;
  }

  public Argument argument() {
    return argument;
  }

  /** The name users type, e.g. {@code sentiment}. */
  public String functionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The lookup key of this input: {@code sentiment:tesla:5m}, {@code sentiment:$TSLA:5m}, {@code
   * price:TSLA}, {@code avg:TSLA:15m}. {@code window} is ignored for {@link #PRICE}; indicators
   * have their own ({@link #key(String, int)}).
   */
  public String key(String subjectValue, Window window) {
    return windowed()
        ? functionName() + ':' + subjectValue + ':' + window.label()
        : functionName() + ':' + subjectValue;
  }

  /** The lookup key of an indicator over {@code period} bars: {@code ema:TSLA:12}. */
  public String key(String ticker, int period) {
    return functionName() + ':' + ticker + ':' + period;
  }

  /** The kind whose function name is {@code name} (any case), or null. */
  public static InputKind byFunctionName(String name) {
    for (InputKind kind : values()) {
      if (kind.name().equalsIgnoreCase(name)) return kind;
    }
    return null;
  }
}
