package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import java.util.Map;

/**
 * A named, versioned change to every rule held in a savepoint: a pure function of one rule event.
 *
 * <p>The name and version identify what was applied (logged with each run); a migration whose
 * behaviour changes gets a new version, never a silent edit.
 */
public interface RuleMigration {
  /**
   * What identifies a migration and what {@code migrate list} prints of it.
   *
   * @param name kebab-case name used on the command line
   * @param version version of the migration's behaviour, from 1
   * @param description one line naming the parameters
   */
  record About(String name, int version, String description) {}

  About about();

  /**
   * The migrated event, or {@code event} itself when the rule is not affected.
   *
   * @throws IllegalArgumentException when a parameter is missing or invalid
   */
  RuleEvent apply(RuleEvent event, Map<String, String> params);

  /** A required parameter, or an {@link IllegalArgumentException} naming it. */
  static String required(Map<String, String> params, String key) {
    String value = params.get(key);
    if (value == null || value.isBlank())
      throw new IllegalArgumentException("missing parameter " + key + "=...");
    return value;
  }
}
