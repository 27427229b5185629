package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tweetrade.model.WindowSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParsedRulesTest {
  private static final Predicate<String> KNOWN = Set.of("TSLA", "AAPL", "BRK-B")::contains;

  @Test
  void shouldParseATextOnceForEveryCaller() {
    String text = "WHEN price(TSLA) > avg(TSLA, 5m) THEN BUY 10 TSLA";
    // Two equal strings, as two operators deserialize two copies of one rule event.
    RuleDefinition first = ParsedRules.parse(new String(text), KNOWN, WindowSet.LIVE);
    RuleDefinition second = ParsedRules.parse(new String(text), KNOWN, WindowSet.LIVE);
    assertThat(second).isSameAs(first).isEqualTo(RuleParser.parse(text, KNOWN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "WHEN price(NOPE) > 1 THEN BUY 1 TSLA",
        "WHEN price(TSLA) > 1 THEN BUY 1 NOPE",
        "WHEN sentiment(\"$NOPE\", 5m) > 0.2 THEN BUY 1 TSLA",
        "WHEN sentiment($NOPE, 5m) > 0.2 THEN BUY 1 TSLA",
        // An unknown ticker before a syntax error: the ticker is the first problem.
        "WHEN price(NOPE) > THEN BUY 1 TSLA",
        "WHEN price(TSLA) > THEN BUY 1 TSLA",
        // A day window, which live data cannot serve.
        "WHEN avg(TSLA, 1d) > 1 THEN BUY 1 TSLA"
      })
  void shouldRefuseWithTheParsersOwnProblemAlsoWhenTheTextWasParsedBefore(String text) {
    parsedBefore(text.replace("NOPE", "AAPL")); // a neighbour in the cache
    parsedBefore(text); // cached as well-formed (tickers unchecked), unless it is not
    RuleParseException expected =
        catchThrowableOfType(RuleParseException.class, () -> RuleParser.parse(text, KNOWN));
    RuleParseException actual =
        catchThrowableOfType(
            RuleParseException.class, () -> ParsedRules.parse(text, KNOWN, WindowSet.LIVE));
    assertThat(expected).as("the parser refuses it").isNotNull();
    assertThat(actual).isNotNull().hasMessage(expected.getMessage());
  }

  private static void parsedBefore(String text) {
    try {
      ParsedRules.parse(text, null, WindowSet.LIVE);
    } catch (RuleParseException notWellFormed) {
      // nothing cached
    }
  }

  @Test
  void shouldAcceptAClassTickerWrittenWithADot() {
    String text = "WHEN price(BRK.B) > 1 AND sentiment(\"$BRK.B\", 5m) > 0 THEN BUY 1 BRK.B";
    assertThat(ParsedRules.parse(text, KNOWN, WindowSet.LIVE))
        .isEqualTo(RuleParser.parse(text, KNOWN));
  }
}
