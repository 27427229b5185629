package com.tweetrade.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one run over the deterministic input left behind.
 *
 * @param name the run's name
 * @param tradeIds ids of the committed replayable trades ({@link TradeCheck#replayable}) in the
 *     trades topic, in topic order (duplicates kept): the same input must give exactly these
 * @param tickTradeIds ids of the other committed trades (ON TICK rules reading several streams),
 *     duplicates kept
 * @param unsatisfiedTrades committed trades whose explanation does not satisfy their rule
 * @param priceRows rows of stocktimeseries, as text, sorted
 * @param sentimentRows rows of twitterkeysentiments, as text, sorted
 * @param cassandraTradeIds trade ids in the Cassandra trades table
 * @param restingFillIds ids of the committed trades of resting orders that filled (their reason
 *     says how: {@code limit 247.35 filled at 247.20}), duplicates kept
 * @param note what happened (fault injected when, job result)
 */
public record RunOutcome(
    String name,
    List<String> tradeIds,
    List<String> tickTradeIds,
    long unsatisfiedTrades,
    List<String> priceRows,
    List<String> sentimentRows,
    List<String> cassandraTradeIds,
    List<String> restingFillIds,
    String note) {

  /** Ids that occur more than once in the trades topic, of either kind. */
  public long duplicateTrades() {
    return Stream.concat(tradeIds.stream(), tickTradeIds.stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .values()
        .stream()
        .filter(n -> n > 1)
        .count();
  }

  public RunOutcome withNote(String note) {
    return new RunOutcome(
        name,
        tradeIds,
        tickTradeIds,
        unsatisfiedTrades,
        priceRows,
        sentimentRows,
        cassandraTradeIds,
        restingFillIds,
        note);
  }

  /**
   * Comparison with a failure-free baseline: missing and extra replayable trades and rows, and
   * resting orders the baseline filled that this run did not fill (an order lost from the book, or
   * ended otherwise); the other trades are only counted and checked against their rules. Trades
   * missing in Cassandra are this run's committed trades (of either kind) that its Cassandra table
   * lacks.
   */
  public Comparison against(RunOutcome baseline) {
    List<String> committed = Stream.concat(tradeIds.stream(), tickTradeIds.stream()).toList();
    return new Comparison(
        name,
        tradeIds.size(),
        duplicateTrades(),
        missing(baseline.tradeIds, tradeIds),
        missing(tradeIds, baseline.tradeIds),
        tickTradeIds.size(),
        unsatisfiedTrades,
        priceRows.size(),
        missing(baseline.priceRows, priceRows),
        missing(priceRows, baseline.priceRows),
        sentimentRows.size(),
        missing(baseline.sentimentRows, sentimentRows),
        missing(sentimentRows, baseline.sentimentRows),
        missing(committed, cassandraTradeIds),
        restingFillIds.size(),
        missing(baseline.restingFillIds, restingFillIds),
        differences(baseline.tradeIds, tradeIds) + note);
  }

  /** The first few missing and extra trade ids, to look up in the runs' trade lists. */
  private static String differences(List<String> expected, List<String> actual) {
    List<String> missing =
        expected.stream().filter(id -> !actual.contains(id)).distinct().limit(3).toList();
    List<String> extra =
        actual.stream().filter(id -> !expected.contains(id)).distinct().limit(3).toList();
    return (missing.isEmpty() ? "" : "missing e.g. " + missing + "; ")
        + (extra.isEmpty() ? "" : "extra e.g. " + extra + "; ");
  }

  private static long missing(List<String> expected, List<String> actual) {
    Map<String, Boolean> present =
        actual.stream().distinct().collect(Collectors.toMap(s -> s, s -> true));
    return expected.stream().distinct().filter(s -> !present.containsKey(s)).count();
  }

  /**
   * Counts of one comparison; all "missing"/"extra"/"duplicate" counts are 0 when the run matched.
   */
  public record Comparison(
      String run,
      long trades,
      long duplicateTrades,
      long missingTrades,
      long extraTrades,
      long tickTrades,
      long unsatisfiedTrades,
      long priceRows,
      long missingPriceRows,
      long extraPriceRows,
      long sentimentRows,
      long missingSentimentRows,
      long extraSentimentRows,
      long missingCassandraTrades,
      long restingFills,
      long missingRestingFills,
      String note) {

    public boolean matches() {
      return duplicateTrades == 0
          && missingTrades == 0
          && extraTrades == 0
          && unsatisfiedTrades == 0
          && missingPriceRows == 0
          && extraPriceRows == 0
          && missingSentimentRows == 0
          && extraSentimentRows == 0
          && missingCassandraTrades == 0
          && missingRestingFills == 0;
    }
  }
}
