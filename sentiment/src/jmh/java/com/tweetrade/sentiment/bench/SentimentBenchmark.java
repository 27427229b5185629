package com.tweetrade.sentiment.bench;

import com.tweetrade.sentiment.SentimentAnalyzer;
import com.tweetrade.sentiment.SentimentModel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Texts scored per second on one thread: our VADER and the finance model (VADER's rules over the market lexicon)
 * against the Maven Central port ({@code com.github.apanimesh061:vader-sentiment-analyzer:1.0}), over the same 750
 * tweets, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentimentBenchmark {

  private String[] tweets;
  private SentimentAnalyzer analyzer;
  private SentimentAnalyzer finance;

  @Setup
  public void setUp() {
    tweets = BenchTexts.tweets();
    analyzer = SentimentAnalyzer.load();
    finance = SentimentAnalyzer.load(SentimentModel.FINANCE);
  }

  @Benchmark
  @OperationsPerInvocation(BenchTexts.TWEET_COUNT)
  public void tweetrade(Blackhole bh) {
    for (String t : tweets) {
      bh.consume(analyzer.score(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchTexts.TWEET_COUNT)
  public void tweetradeFinance(Blackhole bh) {
    for (String t : tweets) {
      bh.consume(finance.score(t));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchTexts.TWEET_COUNT)
  public void mavenCentralPort(Blackhole bh) throws IOException {
    for (String t : tweets) {
      com.vader.sentiment.analyzer.SentimentAnalyzer port = new com.vader.sentiment.analyzer.SentimentAnalyzer(t);
      port.analyze();
      bh.consume(port.getPolarity());
    }
  }
}
