package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of rule migrations that {@code bin/tweetrade migrate apply} knows, by name. */
public final class Migrations {
  public static final List<RuleMigration> ALL =
      List.of(new RenameKeywordMigration(), new RulesV1ToV2Migration(), new RulesV2ToV3Migration());

  private Migrations() {}

  public static Optional<RuleMigration> named(String name) {
    return ALL.stream().filter(m -> m.about().name().equals(name)).findFirst();
  }

  /** {@code migration} applied to each rule, in the same order. */
  public static List<RuleEvent> applyAll(
      RuleMigration migration, List<RuleEvent> rules, Map<String, String> params) {
    List<RuleEvent> out = new ArrayList<>(rules.size());
    for (RuleEvent rule : rules) out.add(migration.apply(rule, params));
    return out;
  }
}
