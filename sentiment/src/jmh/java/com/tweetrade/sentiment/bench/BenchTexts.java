package com.tweetrade.sentiment.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Benchmark inputs from the test resources: 750 StockNet tweet texts (one week, March 2015), one per line. */
final class BenchTexts {

  static final String TWEETS = "/bench/stocknet-tweets-sample.txt";
  static final int TWEET_COUNT = 750;

  private BenchTexts() {}

  static String[] tweets() {
    List<String> lines = new ArrayList<>();
    try (InputStream in = BenchTexts.class.getResourceAsStream(TWEETS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TWEETS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.size() != TWEET_COUNT) {
      throw new IllegalStateException("expected " + TWEET_COUNT + " tweets, got " + lines.size());
    }
    return lines.toArray(String[]::new);
  }
}
