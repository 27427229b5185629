package com.tweetrade.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Chooses start price, volatility, drift and spread for each ticker.
 *
 * <p>The 88 StockNet tickers start from their last real close (2017-09-01) with the volatility of
 * their last year of daily returns and their 5-year drift (resource {@code
 * quotes/stocknet-seeds.csv}, see the module README for how it was computed). Other tickers get
 * plausible small/mid-cap levels drawn from a generator seeded by the symbol alone, so a ticker
 * starts at the same level in every run: log-normal prices around $25, volatility 20–70 % a year,
 * wider spreads than large caps.
 */
public final class TickerProfiles {
  private static final String SEEDS = "/quotes/stocknet-seeds.csv";

  /** Large caps trade with a spread of a few basis points. */
  private static final double LARGE_CAP_SPREAD = 0.0005;

  private static final double OTHER_SPREAD = 0.002;
  private static final double OTHER_DRIFT = 0.05;

  private static volatile Map<String, TickerProfile> stocknet;

  private TickerProfiles() {}

  /** Profiles for the given symbols, in the given order. */
  public static List<TickerProfile> forSymbols(Collection<String> symbols) {
    Map<String, TickerProfile> known = stocknet();
    List<TickerProfile> profiles = new ArrayList<>(symbols.size());
    for (String symbol : symbols) {
      TickerProfile seeded = known.get(symbol);
      profiles.add(seeded != null ? seeded : synthetic(symbol));
    }
    return profiles;
  }

  /** The data-seeded profiles of the StockNet tickers, by symbol. */
  public static Map<String, TickerProfile> stocknet() {
    Map<String, TickerProfile> result = stocknet;
    if (result == null) result = stocknet = Map.copyOf(readSeeds());
    return result;
  }

  static TickerProfile synthetic(String symbol) {
    SplittableRandom random = new SplittableRandom(symbol.hashCode() * 0x9E3779B97F4A7C15L);
    double price = Math.exp(Math.log(25.0) + 1.0 * random.nextGaussian());
    price = Math.min(500.0, Math.max(1.0, price));
    // Cheaper stocks tend to be more volatile.
    double volatility = 0.20 + 0.35 * random.nextDouble() + (price < 10 ? 0.15 : 0.0);
    return new TickerProfile(
        symbol, Math.round(price * 100) / 100.0, volatility, OTHER_DRIFT, OTHER_SPREAD);
  }

  private static Map<String, TickerProfile> readSeeds() {
    Map<String, TickerProfile> profiles = new HashMap<>();
    try (InputStream in = TickerProfiles.class.getResourceAsStream(SEEDS)) {
      if (in == null) throw new IllegalStateException("missing resource " + SEEDS);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.startsWith("ticker,") || line.isBlank()) continue;
        String[] cells = line.split(",");
        // ticker,last_date,close,volatility,drift
        String symbol = cells[0];
        profiles.put(
            symbol,
            new TickerProfile(
                symbol,
                Double.parseDouble(cells[2]),
                Double.parseDouble(cells[3]),
                Double.parseDouble(cells[4]),
                LARGE_CAP_SPREAD));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SEEDS, e);
    }
    return profiles;
  }
}
