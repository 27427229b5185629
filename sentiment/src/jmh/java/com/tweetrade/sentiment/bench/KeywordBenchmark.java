package com.tweetrade.sentiment.bench;

import com.tweetrade.sentiment.KeywordMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tweets searched per second for keywords, with 100 and with 50,000 keywords, and cashtag extraction.
 *
 * <p>Both sets hold the same few real keywords; the filler is random 6–12 letter words that practically never
 * occur in tweets, so both find the same matches and any difference is the cost of a bigger trie (cache misses),
 * not of more output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KeywordBenchmark {

  @Param({"100", "50000"})
  public int keywords;

  private String[] tweets;
  private KeywordMatcher matcher;

  @Setup
  public void setUp() {
    tweets = BenchTexts.tweets();
    matcher = matcher(keywords);
  }

  /** A few real keywords plus random filler up to {@code count} keywords. */
  static KeywordMatcher matcher(int count) {
    List<String> list = new ArrayList<>(List.of("apple", "tesla", "elon musk", "earnings", "buy", "sell"));
    Random random = new Random(42);
    while (list.size() < count) {
      list.add(randomWord(random) + (random.nextInt(3) == 0 ? " " + randomWord(random) : ""));
    }
    return KeywordMatcher.of(list);
  }

  private static String randomWord(Random random) {
    StringBuilder w = new StringBuilder();
    int length = 6 + random.nextInt(7);
    for (int k = 0; k < length; k++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }

  @Benchmark
  @OperationsPerInvocation(BenchTexts.TWEET_COUNT)
  public void find(Blackhole bh) {
    for (String t : tweets) {
      bh.consume(matcher.find(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchTexts.TWEET_COUNT)
  public void cashtags(Blackhole bh) {
    for (String t : tweets) {
      bh.consume(KeywordMatcher.cashtags(t));
    }
  }
}
