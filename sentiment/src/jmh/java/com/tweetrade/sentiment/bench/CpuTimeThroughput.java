package com.tweetrade.sentiment.bench;

import com.tweetrade.sentiment.KeywordMatcher;
import com.tweetrade.sentiment.SentimentAnalyzer;
import com.tweetrade.sentiment.SentimentModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;

/**
 * Texts per CPU-second of this thread over the benchmark tweets: our VADER, the Maven Central port, and keyword
 * finding with 100 and 50,000 keywords, and the finance model.
 *
 * <p>A companion to the JMH figures for a shared, overloaded machine: JMH measures wall-clock time, which on two
 * busy cores mostly measures the other processes; thread CPU time measures what one core does for us.
 */
final class CpuTimeThroughput {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimeThroughput() {}

  /** Lines of "name  texts/cpu-s" for ours and the port, each warmed up then measured for {@code seconds}. */
  static String measure(double seconds) {
    String[] tweets = BenchTexts.tweets();
    SentimentAnalyzer ours = SentimentAnalyzer.load();
    Consumer<String> port = text -> {
      try {
        com.vader.sentiment.analyzer.SentimentAnalyzer p = new com.vader.sentiment.analyzer.SentimentAnalyzer(text);
        p.analyze();
        sink += p.getPolarity().size();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    Consumer<String> tweetrade = text -> sink += (long) (ours.score(text).compound() * 10_000);
    SentimentAnalyzer finance = SentimentAnalyzer.load(SentimentModel.FINANCE);
    Consumer<String> tweetradeFinance = text -> sink += (long) (finance.score(text).compound() * 10_000);
    KeywordMatcher small = KeywordBenchmark.matcher(100);
    KeywordMatcher large = KeywordBenchmark.matcher(50_000);
    Consumer<String> findSmall = text -> sink += small.find(text).size();
    Consumer<String> findLarge = text -> sink += large.find(text).size();
    StringBuilder out = new StringBuilder("# texts per CPU-second of one thread (thread CPU time, not wall time)\n");
    for (int round = 0; round < 2; round++) {  // the first round is warm-up
      double t = texts(tweets, tweetrade, seconds);
      double f = texts(tweets, tweetradeFinance, seconds);
      double p = texts(tweets, port, seconds);
      double ks = texts(tweets, findSmall, seconds);
      double kl = texts(tweets, findLarge, seconds);
      if (round == 1) {
        out.append(String.format("keywords.find 100    %10.0f texts/cpu-s%n", ks));
        out.append(String.format("keywords.find 50000  %10.0f texts/cpu-s%n", kl));
        out.append(String.format("tweetrade         %10.0f texts/cpu-s%n", t));
        out.append(String.format("tweetradeFinance  %10.0f texts/cpu-s%n", f));
        out.append(String.format("mavenCentralPort  %10.0f texts/cpu-s%n", p));
        out.append(String.format("ratio             %10.1f x%n", t / p));
      }
    }
    return out.toString();
  }

  private static long sink;

  private static double texts(String[] tweets, Consumer<String> scorer, double seconds) {
    long budget = (long) (seconds * 1e9);
    long start = THREADS.getCurrentThreadCpuTime();
    long texts = 0;
    long used;
    do {
      for (String t : tweets) {
        scorer.accept(t);
      }
      texts += tweets.length;
      used = THREADS.getCurrentThreadCpuTime() - start;
    } while (used < budget);
    return texts / (used / 1e9);
  }
}
