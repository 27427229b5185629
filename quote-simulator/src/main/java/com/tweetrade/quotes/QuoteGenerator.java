package com.tweetrade.quotes;

import com.tweetrade.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * An endless, seedable stream of quotes: every ticker in turn, each on its own random price path.
 *
 * <p>Prices follow geometric Brownian motion with per-ticker drift and volatility, measured in
 * trading time (252 days of 6.5 h a year, so one simulated second moves a price as much as one
 * second of an open market), plus rare jumps like news (about one every five trading days per
 * ticker, ±1.5 % typical). The diffusion gives up the variance the jumps add (down to half of it),
 * so a ticker's total volatility stays the one of its profile. {@link Scenario}s multiply the path
 * of their ticker. Prices are whole cents, at least one cent; the quote carries a bid/ask spread
 * around the price and a size (mostly round lots).
 *
 * <p>Quote {@code k} belongs to ticker {@code k mod n} and is scheduled at {@code (k div n) *
 * interval + (k mod n) * interval / n}: each ticker once per interval, the tickers spread evenly
 * over it. The same seed, tickers and interval give the same prices, sizes and spreads, whatever
 * the clock. Not thread-safe.
 */
public final class QuoteGenerator implements Supplier<Quote> {
  static final double TRADING_SECONDS_PER_YEAR = 252 * 6.5 * 3600;
  static final double JUMPS_PER_TRADING_DAY = 0.2;
  static final double JUMP_STDEV = 0.015;
  private static final double ODD_LOT_SHARE = 0.1;
  private static final double MEAN_EXTRA_LOTS = 3.0;

  private final String[] symbols;
  private final double[] logPrice;
  private final double[] stepDrift;
  private final double[] stepVolatility;
  private final double[] spread;
  private final Scenario[][] scenarios;
  private final long intervalNanos;
  private final double jumpProbability;
  private final EventClock clock;
  private final SplittableRandom random;
  private long sequence;

  /**
   * @param profiles the tickers, in the order they are quoted
   * @param intervalNanos simulated time between two quotes of one ticker
   * @param scenarios scripted moves; those for tickers not in {@code profiles} are ignored
   */
  public QuoteGenerator(
      List<TickerProfile> profiles,
      long intervalNanos,
      List<Scenario> scenarios,
      EventClock clock,
      long seed) {
    if (profiles.isEmpty()) throw new IllegalArgumentException("no tickers to quote");
    if (intervalNanos <= 0) throw new IllegalArgumentException("interval must be > 0");
    int n = profiles.size();
    this.symbols = new String[n];
    this.logPrice = new double[n];
    this.stepDrift = new double[n];
    this.stepVolatility = new double[n];
    this.spread = new double[n];
    this.scenarios = new Scenario[n][];
    this.intervalNanos = intervalNanos;
    double dtYears = intervalNanos / 1e9 / TRADING_SECONDS_PER_YEAR;
    this.jumpProbability = Math.min(1.0, JUMPS_PER_TRADING_DAY * 252 * dtYears);
    for (int i = 0; i < n; i++) {
      TickerProfile p = profiles.get(i);
      symbols[i] = p.symbol();
      logPrice[i] = Math.log(p.startPrice());
      stepDrift[i] = p.drift() * dtYears;
      double variance = p.volatility() * p.volatility() * dtYears;
      double jumpVariance = jumpProbability * JUMP_STDEV * JUMP_STDEV;
      stepVolatility[i] = Math.sqrt(Math.max(variance / 2, variance - jumpVariance));
      spread[i] = p.spread();
      List<Scenario> mine = new ArrayList<>();
      for (Scenario s : scenarios) if (s.symbol().equals(p.symbol())) mine.add(s);
      this.scenarios[i] = mine.toArray(Scenario[]::new);
    }
    this.clock = clock;
    this.random = new SplittableRandom(seed);
  }

  /** Number of tickers. */
  public int tickerCount() {
    return symbols.length;
  }

  /** Quotes generated so far. */
  public long sequence() {
    return sequence;
  }

  /** Schedule offset of the next quote, in simulated nanoseconds after the first. */
  public long nextOffsetNanos() {
    int n = symbols.length;
    return (sequence / n) * intervalNanos + (sequence % n) * intervalNanos / n;
  }

  @Override
  public Quote get() {
    int i = (int) (sequence % symbols.length);
    long offset = nextOffsetNanos();
    if (sequence >= symbols.length) logPrice[i] += logReturn(i);
    sequence++;

    long priceCents =
        Math.max(1, Math.round(Math.exp(logPrice[i]) * scenarioFactor(i, offset) * 100));
    // Spreads vary around the ticker's typical width; the trade lies somewhere inside the quote.
    long spreadCents =
        Math.max(1, Math.round(priceCents * spread[i] * (0.5 + random.nextDouble())));
    long belowPrice = random.nextLong(spreadCents + 1);
    long bidCents = Math.max(1, priceCents - belowPrice);
    long askCents = priceCents + spreadCents - belowPrice;
    return new Quote(symbols[i], priceCents, size(), bidCents, askCents, clock.eventTime(offset));
  }

  private double logReturn(int i) {
    double step = stepDrift[i] + stepVolatility[i] * random.nextGaussian();
    if (random.nextDouble() < jumpProbability) step += JUMP_STDEV * random.nextGaussian();
    return step;
  }

  private double scenarioFactor(int i, long offsetNanos) {
    double factor = 1.0;
    for (Scenario s : scenarios[i]) factor *= s.factorAt(offsetNanos);
    return factor;
  }

  private long size() {
    if (random.nextDouble() < ODD_LOT_SHARE) return 1 + random.nextInt(99);
    return 100L * (1 + (long) (-Math.log(1.0 - random.nextDouble()) * MEAN_EXTRA_LOTS));
  }
}
