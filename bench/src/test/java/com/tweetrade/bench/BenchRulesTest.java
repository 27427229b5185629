package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleDefinition;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleLanguage;
import com.tweetrade.model.rules.RuleParser;
import com.tweetrade.model.rules.Timing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BenchRulesTest {
  private static final int RULES = 10_000;

  @ParameterizedTest
  @EnumSource(Timing.class)
  void shouldCompileEveryLatencyRuleWithTheTimingFlag(Timing timing) {
    for (RuleEvent r : BenchRules.latency(RULES, 0, timing)) {
      RuleDefinition rule = RuleParser.parse(r.text(), RuleLanguage.standardTickers());
      assertThat(rule.timing()).as(r.text()).isEqualTo(timing);
      // ON TICK is the default, written as nothing.
      if (timing == Timing.TICK) assertThat(r.text()).doesNotContain(" ON ");
      else assertThat(r.text()).endsWith(" ON CLOSE");
    }
  }

  @Test
  void shouldPutTheFlippingRulesFirstInBuySellPairsOfOneUserSpreadOverTheTickers() {
    List<RuleEvent> rules = BenchRules.latency(RULES, 0, Timing.TICK);
    int flipping = BenchRules.FLIP_PRICE_RULES + BenchRules.FLIP_SENTIMENT_RULES;
    Map<String, Integer> perTicker = new HashMap<>();
    for (int i = 0; i < flipping; i += 2) {
      RuleEvent buy = rules.get(i);
      RuleEvent sell = rules.get(i + 1);
      assertThat(buy.userId()).isEqualTo(sell.userId());
      assertThat(buy.text()).contains(" > ").contains("THEN BUY 1 ");
      assertThat(sell.text())
          .isEqualTo(buy.text().replace(" > ", " < ").replace("THEN BUY", "THEN SELL"));
      String ticker = buy.text().substring(buy.text().lastIndexOf(' ') + 1);
      perTicker.merge(ticker, 1, Integer::sum);
    }
    assertThat(perTicker.keySet()).containsExactlyInAnyOrderElementsOf(QuoteFeed.TICKERS);
    assertThat(perTicker.values()).containsOnly(3);
    assertThat(rules.get(0).text()).isEqualTo("WHEN price(TSLA) > avg(TSLA, 1m) THEN BUY 1 TSLA");
    assertThat(rules.get(BenchRules.FLIP_PRICE_RULES).text())
        .isEqualTo("WHEN sentiment($TSLA, 1m) > 0 THEN BUY 1 TSLA");
  }

  @Test
  void shouldGiveEveryUserAtMostTwoRules() {
    Map<String, Integer> perUser = new HashMap<>();
    for (RuleEvent r : BenchRules.latency(RULES, 0, Timing.TICK))
      perUser.merge(r.userId(), 1, Integer::sum);

    assertThat(perUser.values()).allMatch(n -> n <= 2);
    assertThat(perUser).hasSize(RULES / 2);
  }

  @Test
  void shouldMakeExactlyTheRequestedNumberWithUniqueIds() {
    List<RuleEvent> rules = BenchRules.latency(7, 0, Timing.TICK);

    assertThat(rules)
        .extracting(RuleEvent::ruleId)
        .containsExactly(
            "bench-0", "bench-1", "bench-2", "bench-3", "bench-4", "bench-5", "bench-6");
  }

  @Test
  void shouldPlaceEachRestingLimitBelowTheFirstHalfAndWithinReachOfTheSecond() {
    int quotes = 4_000;
    List<RuleEvent> resting = BenchRules.resting(7, quotes, 0);
    assertThat(resting).isNotEmpty();
    Map<String, List<Long>> prices = new HashMap<>();
    QuoteFeed walk = new QuoteFeed(7);
    for (int i = 0; i < quotes; i++) {
      Quote q = walk.next(0);
      prices.computeIfAbsent(q.ticker(), t -> new ArrayList<>()).add(q.priceCents());
    }
    for (RuleEvent r : resting) {
      RuleDefinition rule = RuleParser.parse(r.text(), RuleLanguage.standardTickers());
      assertThat(rule.timing()).as(r.text()).isEqualTo(Timing.CLOSE);
      assertThat(r.userId()).isEqualTo(BenchRules.RESTING_USER);
      String ticker = r.ruleId().substring("bench-resting-".length());
      Matcher m = Pattern.compile("AT LIMIT (\\d+)\\.(\\d\\d) ONCE ON CLOSE$").matcher(r.text());
      assertThat(m.find()).as(r.text()).isTrue();
      long limit = Long.parseLong(m.group(1)) * 100 + Long.parseLong(m.group(2));
      List<Long> walked = prices.get(ticker);
      // The walk is round robin: each ticker has the same number of quotes in each half.
      List<Long> first = walked.subList(0, walked.size() / 2);
      List<Long> second = walked.subList(walked.size() / 2, walked.size());
      assertThat(first).as(r.text()).allMatch(p -> p > limit);
      assertThat(second).as(r.text()).anyMatch(p -> p <= limit);
    }
  }
}
