package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the parser either returns a rule that round-trips or throws
 * RuleParseException.
 */
class RuleParserFuzzTest {
  private static final Set<String> KNOWN = Set.of("TSLA", "AAPL", "MSFT", "BRK-B", "GOOG");
  private static final List<String> PIECES =
      List.of(
          "WHEN",
          "THEN",
          "AND",
          "OR",
          "NOT",
          "BUY",
          "SELL",
          "AT",
          "LIMIT",
          "ONCE",
          "EVERY",
          "ON",
          "TICK",
          "CLOSE",
          "sentiment",
          "volume",
          "positive",
          "negative",
          "price",
          "avg",
          "vwap",
          "change",
          "(",
          ")",
          ",",
          "<",
          "<=",
          ">",
          ">=",
          "=",
          "==",
          "!=",
          "!",
          "+",
          "-",
          "*",
          "/",
          "\"tesla\"",
          "\"",
          "$TSLA",
          "$",
          "TSLA",
          "tsla",
          "BRK.B",
          "5m",
          "7m",
          "15m",
          "10m",
          "0",
          "0.4",
          "1.",
          "2%",
          "%",
          "1e5",
          "99999999999999999999",
          " ",
          "\n",
          "\t",
          "#",
          "é",
          "\u0000",
          "\uD83D\uDE00",
          "\uD83D",
          ".",
          ":",
          "'");
  private static final String VALID =
      "WHEN sentiment(\"tesla\", 5m) > 0.4 AND (price(TSLA) < avg(TSLA, 15m) OR change(TSLA, 15m) <"
          + " -2%) THEN SELL 10 TSLA AT LIMIT 250.5 EVERY 10m ON CLOSE";

  private final Random random = new Random(7);

  @Test
  void shouldOnlyEverThrowRuleParseExceptionOnTokenSoup() {
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(30);
      for (int j = 0; j < n; j++)
        text.append(PIECES.get(random.nextInt(PIECES.size())))
            .append(random.nextBoolean() ? " " : "");
      check(text.toString());
    }
  }

  @Test
  void shouldOnlyEverThrowRuleParseExceptionOnMutatedValidRules() {
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder(VALID);
      for (int m = 1 + random.nextInt(3); m > 0; m--) mutate(text);
      if (check(text.toString())) parsed++;
    }
    // Some mutations (e.g. in a number) keep the rule valid; most must not.
    assertThat(parsed).isBetween(1, 19_999);
  }

  @Test
  void shouldOnlyEverThrowRuleParseExceptionOnRandomCharacters() {
    for (int i = 0; i < 20_000; i++) {
      char[] chars = new char[random.nextInt(60)];
      for (int j = 0; j < chars.length; j++)
        chars[j] =
            (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000));
      check("WHEN " + new String(chars));
      check(new String(chars));
    }
  }

  @Test
  void shouldRejectDeepNestingAndHugeTextsWithoutStackOverflow() {
    check("WHEN " + "(".repeat(1990));
    check("WHEN " + "NOT ".repeat(498));
    check("WHEN " + "-".repeat(1990));
    check("WHEN price(TSLA) > 1 " + "AND price(TSLA) > 1 ".repeat(99) + "THEN BUY 1 TSLA");
    check("x".repeat(1_000_000));
  }

  private void mutate(StringBuilder text) {
    int at = random.nextInt(text.length() + 1);
    switch (random.nextInt(3)) {
      case 0 -> {
        if (at < text.length()) text.deleteCharAt(at);
      }
      case 1 -> text.insert(at, PIECES.get(random.nextInt(PIECES.size())));
      default -> {
        if (at < text.length()) text.setCharAt(at, (char) (32 + random.nextInt(95)));
      }
    }
  }

  /** True when it parsed (and then it must round-trip). */
  private static boolean check(String text) {
    RuleDefinition rule;
    try {
      rule = RuleParser.parse(text, KNOWN::contains);
    } catch (RuleParseException e) {
      assertThat(e.offset()).isBetween(0, text.length());
      assertThat(e.getMessage()).startsWith("at " + e.offset());
      return false;
    } catch (Throwable t) {
      fail("parsing " + text.replace("\n", "\\n") + " threw " + t, t);
      return false;
    }
    assertThat(RuleParser.parse(rule.toText())).as(text).isEqualTo(rule);
    return true;
  }
}
