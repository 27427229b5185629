package com.tweetrade.job.analytics;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleLanguage;
import com.tweetrade.model.rules.RuleParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keywords and cashtags a rule's condition reads, as the rule language's parser sees them
 * ({@code RuleDefinition.keywords()}): the same parse the rules engine uses, so the analytics track
 * exactly the keywords the rules can ask for.
 *
 * <p>Any well-formed ticker is accepted here (the engine checks them against its directory); a rule
 * that does not parse tracks nothing, since the engine will not evaluate it either.
 */
public final class RuleKeywords {
  private RuleKeywords() {}

  /**
   * Keywords in lower case and cashtags as {@code $TICKER}, each once, in text order; empty if the
   * text does not parse for {@code windows}, the windows of the job.
   */
  public static List<String> extract(String ruleText, WindowSet windows) {
    if (ruleText == null) return List.of();
    try {
      return new ArrayList<>(RuleLanguage.compile(ruleText, null, windows).keywords());
    } catch (RuleParseException e) {
      return List.of();
    }
  }
}
