package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.Condition;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.rules.Operand;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleDefinition;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleParser;
import java.util.Locale;
import java.util.Map;

/**
 * {@code rename-keyword from=.. to=..}: replaces a keyword in every sentiment, volume, positive and
 * negative input of every rule.
 *
 * <p>Works on the parsed rule, not on the text, so a ticker or a string elsewhere that happens to
 * spell the keyword is left alone; the new text is the canonical {@link RuleDefinition#toText()}. A
 * changed rule becomes an UPDATE at the next revision (paused flag and expiry kept), so the job
 * restarts its trigger like after any edit of the text. The rule is compiled as the job compiles it
 * ({@link Rule#fromEvent}), so a rule of schema 1 or 2 comes out of the current schema with {@code
 * ON CLOSE} written: it keeps its timing.
 */
public final class RenameKeywordMigration implements RuleMigration {
  public static final String NAME = "rename-keyword";

  @Override
  public RuleEvent apply(RuleEvent event, Map<String, String> params) {
    String from = keyword(RuleMigration.required(params, "from"));
    String to = keyword(RuleMigration.required(params, "to"));
    if (!event.carriesRule() || event.text() == null) return event;
    RuleDefinition definition = Rule.fromEvent(event, null).definition();
    Condition renamed = rename(definition.condition(), from, to);
    if (renamed.equals(definition.condition())) return event;
    String text =
        new RuleDefinition(
                renamed, definition.action(), definition.trigger(), definition.notifyText())
            .toText();
    RuleParser.parse(text); // the new keyword must be one the language accepts
    return event.updated(text, event.revision() + 1);
  }

  private static String keyword(String raw) {
    String k = raw.strip().toLowerCase(Locale.ROOT);
    if (k.startsWith("$"))
      throw new IllegalArgumentException("cashtags are tickers, not keywords: " + raw);
    return k;
  }

  static Condition rename(Condition condition, String from, String to) {
    if (condition instanceof Condition.Comparison c) {
      return new Condition.Comparison(
          rename(c.left(), from, to), c.op(), rename(c.right(), from, to));
    }
    if (condition instanceof Condition.Crossing c) {
      return new Condition.Crossing(
          rename(c.left(), from, to), c.direction(), rename(c.right(), from, to));
    }
    if (condition instanceof Condition.And a) {
      return new Condition.And(rename(a.left(), from, to), rename(a.right(), from, to));
    }
    if (condition instanceof Condition.Or o) {
      return new Condition.Or(rename(o.left(), from, to), rename(o.right(), from, to));
    }
    Condition.Not n = (Condition.Not) condition;
    return new Condition.Not(rename(n.operand(), from, to));
  }

  static Operand rename(Operand operand, String from, String to) {
    if (operand instanceof Operand.Input i
        && i.kind().subject() == InputKind.Subject.KEYWORD
        && i.subject().equals(from)) {
      return new Operand.Input(i.kind(), to, i.window());
    }
    if (operand instanceof Operand.Arithmetic a) {
      return new Operand.Arithmetic(
          rename(a.left(), from, to), a.op(), rename(a.right(), from, to));
    }
    if (operand instanceof Operand.Negation n) {
      return new Operand.Negation(rename(n.operand(), from, to));
    }
    return operand;
  }

  @Override
  public About about() {
    return new About(
        NAME,
        1,
        "from=<keyword> to=<keyword>: rename a keyword in every rule's condition (new revision)");
  }
}
