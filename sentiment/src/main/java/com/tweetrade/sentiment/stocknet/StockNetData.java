package com.tweetrade.sentiment.stocknet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The StockNet files of {@code data/stocknet/}: the ticker table, daily adjusted closes, and the
 * tweets.
 *
 * @param tickers the 88 tickers of {@code StockTable.tsv}, without "$"
 * @param closes per ticker, its trading days in date order ({@code null} rows of the price file
 *     skipped)
 * @param tweets every tweet, in file order (its index is its id in {@link Sample#tweets()})
 */
public record StockNetData(
    Set<String> tickers, Map<String, List<DailyClose>> closes, List<StockNetTweet> tweets) {

  public static final String TICKERS_FILE = "StockTable.tsv";
  public static final String PRICES_FILE = "prices-daily.csv.gz";
  public static final String TWEETS_FILE = "tweets-2014-2015.jsonl.gz";

  public static StockNetData read(Path dir) throws IOException {
    return new StockNetData(
        readTickers(dir.resolve(TICKERS_FILE)),
        readCloses(dir.resolve(PRICES_FILE)),
        readTweets(dir.resolve(TWEETS_FILE)));
  }

  static Set<String> readTickers(Path file) throws IOException {
    Set<String> tickers = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t");
      if (fields.length >= 2) {
        tickers.add(fields[1].trim().replace("$", ""));
      }
    }
    return tickers;
  }

  /**
   * {@code Ticker,Date,Open,High,Low,Close,Adj Close,Volume}; rows whose adjusted close is "null"
   * are skipped.
   */
  static Map<String, List<DailyClose>> readCloses(Path file) throws IOException {
    Map<String, List<DailyClose>> closes = new TreeMap<>();
    try (BufferedReader in = gzipReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        if (f.length < 7 || f[6].equals("null")) {
          continue;
        }
        closes
            .computeIfAbsent(f[0], t -> new ArrayList<>())
            .add(new DailyClose(LocalDate.parse(f[1]), Double.parseDouble(f[6])));
      }
    }
    closes.values().forEach(days -> days.sort(Comparator.comparing(DailyClose::day)));
    return closes;
  }

  static List<StockNetTweet> readTweets(Path file) throws IOException {
    List<StockNetTweet> tweets = new ArrayList<>(100_000);
    try (BufferedReader in = gzipReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          tweets.add(StockNetTweet.parse(line));
        }
      }
    }
    return tweets;
  }

  private static BufferedReader gzipReader(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8),
        1 << 16);
  }
}
