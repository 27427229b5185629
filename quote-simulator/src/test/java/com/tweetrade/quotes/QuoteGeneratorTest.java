package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tweetrade.model.Quote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuoteGeneratorTest {
  private static final Instant START = Instant.parse("2015-03-02T14:30:00Z");
  private static final long ONE_SECOND = 1_000_000_000L;
  private static final List<String> THREE = List.of("AAPL", "TSLA", "XOM");

  private static QuoteGenerator generator(
      List<String> symbols, List<Scenario> scenarios, long seed) {
    return new QuoteGenerator(
        TickerProfiles.forSymbols(symbols),
        ONE_SECOND,
        scenarios,
        EventClock.historical(START),
        seed);
  }

  private static List<Quote> take(QuoteGenerator generator, int count) {
    List<Quote> quotes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) quotes.add(generator.get());
    return quotes;
  }

  @Test
  void shouldRepeatExactlyWithTheSameSeed() {
    List<Quote> first = take(generator(THREE, List.of(), 42), 30_000);
    List<Quote> again = take(generator(THREE, List.of(), 42), 30_000);
    List<Quote> other = take(generator(THREE, List.of(), 43), 30_000);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(other.get(29_999).priceCents()).isNotEqualTo(first.get(29_999).priceCents());
  }

  @Test
  void shouldStartStocknetTickersAtTheirLastRealClose() {
    List<Quote> quotes = take(generator(THREE, List.of(), 1), 3);
    assertThat(quotes.get(0).ticker()).isEqualTo("AAPL");
    assertThat(quotes.get(0).priceCents()).isEqualTo(16405); // close on 2017-09-01
    assertThat(quotes.get(2).priceCents()).isEqualTo(7657); // XOM close on 2017-09-01
  }

  @Test
  void shouldQuoteEachTickerOncePerSecondSpreadEvenlyInEventTime() {
    List<Quote> quotes = take(generator(List.of("A1", "B2", "C3", "D4"), List.of(), 1), 12);
    long start = START.toEpochMilli();
    assertThat(quotes)
        .extracting(Quote::ticker)
        .containsExactly("A1", "B2", "C3", "D4", "A1", "B2", "C3", "D4", "A1", "B2", "C3", "D4");
    assertThat(quotes)
        .extracting(q -> q.eventTime() - start)
        .containsExactly(
            0L, 250L, 500L, 750L, 1000L, 1250L, 1500L, 1750L, 2000L, 2250L, 2500L, 2750L);
  }

  @Test
  void shouldKeepPricesPositiveAndQuotesValidEvenForPennyStocksInACrash() {
    TickerProfile penny = new TickerProfile("PENY", 0.02, 3.0, -0.3, 0.01);
    TickerProfile crashing = new TickerProfile("CRSH", 3.00, 1.5, 0.0, 0.002);
    List<Scenario> crash = List.of(Scenario.parse("CRSH -99.9% over 10m at +1m"));
    // One-hour steps so that 100k quotes cover decades of trading.
    QuoteGenerator generator =
        new QuoteGenerator(
            List.of(penny, crashing), 3600 * ONE_SECOND, crash, EventClock.historical(START), 7);
    for (Quote q : take(generator, 100_000)) {
      assertThat(q.problem()).as("%s", q).isNull();
      assertThat(q.priceCents()).isPositive();
      assertThat(q.bidCents()).isPositive();
    }
  }

  @Test
  void shouldHaveTheProfileVolatilityIncludingJumps() {
    TickerProfile profile = new TickerProfile("VOLA", 100_000.0, 0.30, 0.0, 0.0001);
    long hour = 3600 * ONE_SECOND;
    QuoteGenerator generator =
        new QuoteGenerator(List.of(profile), hour, List.of(), EventClock.historical(START), 11);
    List<Quote> quotes = take(generator, 50_001);
    double sum = 0;
    double sumSquares = 0;
    for (int i = 1; i < quotes.size(); i++) {
      double r = Math.log((double) quotes.get(i).priceCents() / quotes.get(i - 1).priceCents());
      sum += r;
      sumSquares += r * r;
    }
    int n = quotes.size() - 1;
    double variance = (sumSquares - sum * sum / n) / (n - 1);
    double stepsPerYear = QuoteGenerator.TRADING_SECONDS_PER_YEAR / 3600;
    assertThat(Math.sqrt(variance * stepsPerYear)).isCloseTo(0.30, within(0.015));
  }

  @Test
  void shouldMoveThePriceAsScriptedAndLeaveTheRestOfThePathAlone() {
    List<Scenario> fall = List.of(Scenario.parse("TSLA -5% over 60s at +30s"));
    List<Quote> plain = take(generator(THREE, List.of(), 5), 3 * 150);
    List<Quote> scripted = take(generator(THREE, fall, 5), 3 * 150);
    for (int i = 0; i < plain.size(); i++) {
      Quote p = plain.get(i);
      Quote s = scripted.get(i);
      assertThat(s.ticker()).isEqualTo(p.ticker());
      assertThat(s.eventTime()).isEqualTo(p.eventTime());
      long elapsedMillis = p.eventTime() - START.toEpochMilli();
      if (!p.ticker().equals("TSLA") || elapsedMillis < 30_000) {
        assertThat(s.priceCents())
            .as("%s at +%dms", p.ticker(), elapsedMillis)
            .isEqualTo(p.priceCents());
        continue;
      }
      double expected =
          elapsedMillis >= 90_000 ? 0.95 : Math.pow(0.95, (elapsedMillis - 30_000) / 60_000.0);
      double ratio = (double) s.priceCents() / p.priceCents();
      // Rounding both prices to cents is the only difference from the exact factor.
      assertThat(ratio)
          .as("TSLA at +%dms", elapsedMillis)
          .isCloseTo(expected, within(1.01 / p.priceCents()));
    }
    Quote lastTsla = scripted.get(scripted.size() - 2);
    assertThat(lastTsla.ticker()).isEqualTo("TSLA");
    assertThat((double) lastTsla.priceCents() / plain.get(plain.size() - 2).priceCents())
        .isCloseTo(0.95, within(0.001));
  }

  @Test
  void shouldGiveTypicalSpreadsAndMostlyRoundLots() {
    List<Quote> quotes = take(generator(THREE, List.of(), 3), 30_000);
    long roundLots = quotes.stream().filter(q -> q.size() % 100 == 0).count();
    assertThat(roundLots).isBetween(25_000L, 29_000L);
    Map<String, Double> meanSpreadBp =
        quotes.stream()
            .collect(
                Collectors.groupingBy(
                    Quote::ticker,
                    Collectors.averagingDouble(
                        q -> (q.askCents() - q.bidCents()) * 10_000.0 / q.priceCents())));
    // AAPL (StockNet, large cap) trades with a few basis points of spread, synthetic TSLA with ~20.
    assertThat(meanSpreadBp.get("AAPL")).isBetween(3.0, 8.0);
    assertThat(meanSpreadBp.get("TSLA")).isBetween(12.0, 30.0);
  }
}
