package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ON TICK} / {@code ON CLOSE}: parsing, canonical text and the trigger API (docs/rules.md).
 */
class TriggerTimingTest {
  private static final String WHEN = "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN ";

  private static RuleDefinition parse(String text) {
    return RuleParser.parse(text, Set.of("TSLA", "ON")::contains);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // written after THEN                  | policy      | every | timing | canonical tail
        "BUY 10 TSLA                           | RISING_EDGE | 0     | TICK   | BUY 10 TSLA",
        "BUY 10 TSLA ON TICK                   | RISING_EDGE | 0     | TICK   | BUY 10 TSLA",
        "BUY 10 TSLA ON CLOSE                  | RISING_EDGE | 0     | CLOSE  | BUY 10 TSLA ON"
            + " CLOSE",
        "BUY 10 TSLA ONCE                      | ONCE        | 0     | TICK   | BUY 10 TSLA ONCE",
        "BUY 10 TSLA ONCE ON TICK              | ONCE        | 0     | TICK   | BUY 10 TSLA ONCE",
        "BUY 10 TSLA ONCE ON CLOSE             | ONCE        | 0     | CLOSE  | BUY 10 TSLA ONCE ON"
            + " CLOSE",
        "BUY 10 TSLA EVERY 2m                  | EVERY       | 2     | TICK   | BUY 10 TSLA EVERY"
            + " 2m",
        "BUY 10 TSLA EVERY 2m ON TICK          | EVERY       | 2     | TICK   | BUY 10 TSLA EVERY"
            + " 2m",
        "BUY 10 TSLA EVERY 2m ON CLOSE         | EVERY       | 2     | CLOSE  | BUY 10 TSLA EVERY"
            + " 2m ON CLOSE",
        "SELL 1 TSLA AT LIMIT 250.50 ON CLOSE  | RISING_EDGE | 0     | CLOSE  | SELL 1 TSLA AT"
            + " LIMIT 250.5 ON CLOSE",
        "SELL 1 TSLA AT LIMIT 250.50 ON TICK   | RISING_EDGE | 0     | TICK   | SELL 1 TSLA AT"
            + " LIMIT 250.5",
        "SELL 1 TSLA AT LIMIT 250.5 ONCE ON CLOSE | ONCE     | 0     | CLOSE  | SELL 1 TSLA AT"
            + " LIMIT 250.5 ONCE ON CLOSE",
        "SELL 1 TSLA AT LIMIT 9 EVERY 15m ON CLOSE | EVERY   | 15    | CLOSE  | SELL 1 TSLA AT"
            + " LIMIT 9 EVERY 15m ON CLOSE",
        "buy 10 TSLA every 2M on close         | EVERY       | 2     | CLOSE  | BUY 10 TSLA EVERY"
            + " 2m ON CLOSE",
        "BUY 10 TSLA On Tick                   | RISING_EDGE | 0     | TICK   | BUY 10 TSLA",
      })
  void shouldParseBothTimingsAndPrintOnlyOnClose(
      String action, Trigger.Policy policy, int every, Timing timing, String canonicalTail) {
    RuleDefinition rule = parse(WHEN + action);

    assertThat(rule.trigger()).isEqualTo(new Trigger(policy, every, timing));
    assertThat(rule.timing()).isEqualTo(timing);
    assertThat(rule.toText()).isEqualTo(WHEN + canonicalTail);
    assertThat(parse(rule.toText())).isEqualTo(rule);
  }

  @Test
  void shouldWriteTheDocumentedCanonicalTexts() {
    assertThat(parse(WHEN + "BUY 10 TSLA EVERY 2m ON CLOSE").toText())
        .isEqualTo("WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA EVERY 2m ON CLOSE");
    assertThat(parse(WHEN + "BUY 10 TSLA ON CLOSE").toText())
        .isEqualTo("WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA ON CLOSE");
    assertThat(parse(WHEN + "BUY 10 TSLA ON TICK").toText())
        .isEqualTo("WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA");
  }

  @Test
  void shouldKeepTimingWordsInQuotedKeywordsAsKeywords() {
    RuleDefinition rule =
        parse(
            "WHEN sentiment(\"close\", 5m) > 0.4 AND volume(\"tick\", 1m) > 1 AND positive(\"on\","
                + " 15m) > 50% THEN BUY 1 TSLA ON CLOSE");

    assertThat(rule.keywords()).containsExactly("close", "tick", "on");
    assertThat(rule.timing()).isEqualTo(Timing.CLOSE);
    assertThat(parse(rule.toText())).isEqualTo(rule);
  }

  @Test
  void shouldTreatTheActionTickerPositionallySoATickerNamedOnWorks() {
    RuleDefinition rule = parse("WHEN price(ON) > 1 THEN BUY 1 ON ON CLOSE");

    assertThat(rule.action().ticker()).isEqualTo("ON");
    assertThat(rule.tickers()).containsExactly("ON");
    assertThat(rule.timing()).isEqualTo(Timing.CLOSE);
    assertThat(parse("WHEN price(ON) > 1 THEN BUY 1 ON").timing()).isEqualTo(Timing.TICK);
    assertThat(parse(rule.toText())).isEqualTo(rule);
  }

  @Test
  void shouldDefaultToTickAndChangeOnlyTheTimingWithTiming() {
    assertThat(Trigger.RISING_EDGE.timing()).isEqualTo(Timing.TICK);
    assertThat(Trigger.once().timing()).isEqualTo(Timing.TICK);
    assertThat(Trigger.every(5).timing()).isEqualTo(Timing.TICK);
    assertThat(new Trigger(Trigger.Policy.ONCE, 0))
        .isEqualTo(new Trigger(Trigger.Policy.ONCE, 0, Timing.TICK));

    Trigger closing = Trigger.every(5).withTiming(Timing.CLOSE);
    assertThat(closing).isEqualTo(new Trigger(Trigger.Policy.EVERY, 5, Timing.CLOSE));
    assertThat(closing.withTiming(Timing.TICK)).isEqualTo(Trigger.every(5));
    assertThat(closing.toText()).isEqualTo("EVERY 5m ON CLOSE");
    assertThat(Trigger.RISING_EDGE.withTiming(Timing.CLOSE).toText()).isEqualTo("ON CLOSE");
    assertThat(Trigger.RISING_EDGE.toText()).isEmpty();
    assertThatThrownBy(() -> new Trigger(Trigger.Policy.ONCE, 0, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldGiveBothTimingsTheSameTriggerState() {
    assertThat(Trigger.every(5).withTiming(Timing.CLOSE).initialState())
        .isEqualTo(Trigger.every(5).initialState());
  }

  @Test
  void shouldChangeOnlyTheTimingOfADefinitionAndARule() {
    RuleDefinition tick = parse(WHEN + "BUY 10 TSLA ONCE");
    RuleDefinition close = tick.withTiming(Timing.CLOSE);

    assertThat(close.trigger()).isEqualTo(Trigger.once().withTiming(Timing.CLOSE));
    assertThat(close.condition()).isEqualTo(tick.condition());
    assertThat(close.action()).isEqualTo(tick.action());
    assertThat(close.toText()).isEqualTo(WHEN + "BUY 10 TSLA ONCE ON CLOSE");
    assertThat(Rule.of("r1", "alice", close, false, 1, RuleEvent.CURRENT_SCHEMA).timing())
        .isEqualTo(Timing.CLOSE);
    assertThat(Rule.of("r1", "alice", tick, false, 1, RuleEvent.CURRENT_SCHEMA).timing())
        .isEqualTo(Timing.TICK);
  }
}
