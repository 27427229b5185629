package com.tweetrade.bench;

import com.tweetrade.model.rules.RuleLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Mutated rule texts: truncations, dropped and swapped tokens, random characters, unknown tickers,
 * garbage. Some mutants still compile; {@link #isValid} (the model's own compiler) says which.
 */
public final class RuleFuzzer {
  private static final List<String> SEEDS =
      List.of(
          "WHEN price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA",
          "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA",
          "WHEN change(TSLA, 1m) < -5 THEN SELL 5 TSLA AT LIMIT 179.5",
          "WHEN sentiment(\"tesla\", 1m) > 0.5 AND price(AAPL) > 100.5 THEN BUY 1 AAPL EVERY 2m",
          "WHEN volume(\"tesla\", 5m) > 1000 THEN BUY 1 TSLA");
  private static final Predicate<String> TICKERS = RuleLanguage.standardTickers();

  private final SplittableRandom random;

  public RuleFuzzer(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code n} mutated texts. */
  public List<String> texts(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(mutate(SEEDS.get(random.nextInt(SEEDS.size())), i % 7));
    return out;
  }

  public static boolean isValid(String text) {
    try {
      return RuleLanguage.check(text, TICKERS).isEmpty();
    } catch (RuntimeException e) {
      return false; // a compiler crash is a refusal too; the job must survive it the same way
    }
  }

  private String mutate(String text, int how) {
    String[] tokens = text.split(" ");
    return switch (how) {
      case 0 -> text.substring(0, random.nextInt(text.length()));
      case 1 -> {
        int drop = random.nextInt(tokens.length);
        List<String> kept = new ArrayList<>(List.of(tokens));
        kept.remove(drop);
        yield String.join(" ", kept);
      }
      case 2 -> {
        int a = random.nextInt(tokens.length);
        int b = random.nextInt(tokens.length);
        String t = tokens[a];
        tokens[a] = tokens[b];
        tokens[b] = t;
        yield String.join(" ", tokens);
      }
      case 3 -> {
        int at = random.nextInt(text.length());
        yield text.substring(0, at) + "#@!(\"".charAt(random.nextInt(5)) + text.substring(at);
      }
      case 4 -> text.replace("TSLA", "ZZZQ" + random.nextInt(1000));
      case 5 -> text.replace("15m", random.nextInt(3) + "x").replace("5m", "-5m");
      default -> "WHEN " + Long.toString(random.nextLong(), 36) + " THEN";
    };
  }
}
