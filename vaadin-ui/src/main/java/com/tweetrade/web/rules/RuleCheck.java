package com.tweetrade.web.rules;

import com.tweetrade.model.rules.RuleDefinition;
import com.tweetrade.model.rules.RuleParseException;
import com.tweetrade.model.rules.RuleParser;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a rule text with the job's own parser.
 *
 * @param definition the parsed rule, when the text is valid
 * @param error the first problem, when it is not
 */
public record RuleCheck(Optional<RuleDefinition> definition, Optional<RuleParseException> error) {

  /** Parses {@code text} exactly as the job does, against the standard ticker directory. */
  public static RuleCheck of(String text) {
    try {
      return new RuleCheck(
          Optional.of(RuleParser.parse(text, TickerDirectory.standard()::contains)),
          Optional.empty());
    } catch (RuleParseException e) {
      return new RuleCheck(Optional.empty(), Optional.of(e));
    }
  }

  public boolean valid() {
    return definition.isPresent();
  }

  /** Input keys the rule reads ({@code price:TSLA}, ...); empty for an invalid rule. */
  public List<String> inputs() {
    return definition.map(d -> List.copyOf(d.inputs())).orElse(List.of());
  }
}
