package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {
  private static final Map<String, String> TESLA_TO_ELON = Map.of("from", "tesla", "to", "elon");
  private static final String TESLA = "WHEN sentiment(\"tesla\", 1m) > 0.4 THEN BUY 1 TSLA";
  private static final String ELON = "WHEN sentiment(\"elon\", 1m) > 0.4 THEN BUY 1 TSLA";
  private static final String AAPL = "WHEN price(AAPL) > 100.5 THEN BUY 2 AAPL";
  private static final RuleEvent M1 = RuleEvent.create("m1", "alice", TESLA, 1_000);
  private static final RuleEvent U1 = RuleEvent.create("u1", "bob", AAPL, 1_000);

  /** The plan of renaming keyword tesla to elon: rules the savepoint holds, rows the table has. */
  private static MigrationPlan teslaToElon(List<RuleEvent> held, Map<String, StoredRule> stored) {
    return MigrationPlan.of(new RenameKeywordMigration(), TESLA_TO_ELON, held, stored);
  }

  private static MigrationPlan v2ToV3(List<RuleEvent> held, Map<String, StoredRule> stored) {
    return MigrationPlan.of(new RulesV2ToV3Migration(), Map.of(), held, stored);
  }

  private static StoredRule row(RuleEvent e, String text, long revision, boolean deleted) {
    return new StoredRule(e.userId(), e.ruleId(), text, false, deleted, revision, 2_000, null);
  }

  @Test
  void shouldChangeOnlyTheAffectedRulesWhenTheTableAgrees() {
    MigrationPlan plan =
        teslaToElon(
            List.of(M1, U1), Map.of("m1", row(M1, TESLA, 1, false), "u1", row(U1, AAPL, 1, false)));

    RuleEvent migrated = M1.updated(ELON, 2);
    assertThat(plan.savepointRules()).containsExactly(migrated, U1);
    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before()).isEqualTo(M1);
              assertThat(c.after()).isEqualTo(migrated);
              assertThat(c.stored().revision()).isEqualTo(1);
            });
    assertThat(plan.notes()).isEmpty();
  }

  @Test
  void shouldPlanRulesThatHaveNoRowToBeInserted() {
    MigrationPlan plan = teslaToElon(List.of(M1), Map.of());

    assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.stored()).isNull());
  }

  @Test
  void shouldMigrateTheNewerRevisionOfARuleEditedAfterTheSavepoint() {
    String edited = "WHEN sentiment(\"tesla\", 5m) > 0.5 THEN BUY 3 TSLA";
    MigrationPlan plan = teslaToElon(List.of(M1), Map.of("m1", row(M1, edited, 4, false)));

    RuleEvent after = plan.changes().get(0).after();
    assertThat(after.text()).isEqualTo("WHEN sentiment(\"elon\", 5m) > 0.5 THEN BUY 3 TSLA");
    assertThat(after.revision()).isEqualTo(5);
    assertThat(plan.savepointRules()).containsExactly(after);
    assertThat(plan.notes()).singleElement().asString().contains("changed since the savepoint");
  }

  @Test
  void shouldReadARowEditedAfterTheSavepointAtTheSchemaOfTheSavepointsRule() {
    RuleEvent v2 =
        new RuleEvent(2, RuleEvent.Type.CREATE, "u1", "bob", AAPL, false, 1, 1_000, null);
    String edited = "WHEN price(AAPL) > 101 THEN BUY 2 AAPL";

    MigrationPlan plan = v2ToV3(List.of(v2), Map.of("u1", row(v2, edited, 3, false)));

    MigrationPlan.Change change = plan.changes().get(0);
    assertThat(change.before().schemaVersion()).isEqualTo(2);
    assertThat(change.before().text()).isEqualTo(edited);
    assertThat(change.after())
        .isEqualTo(
            new RuleEvent(
                3,
                RuleEvent.Type.UPDATE,
                "u1",
                "bob",
                edited + " ON CLOSE",
                false,
                4,
                2_000,
                null));
    assertThat(plan.savepointRules()).containsExactly(change.after());
  }

  @Test
  void shouldMigrateRulesV2ToV3AndLeaveSchema3RulesAlone() {
    RuleEvent v2 =
        new RuleEvent(2, RuleEvent.Type.CREATE, "u1", "bob", AAPL, false, 1, 1_000, null);
    MigrationPlan plan =
        v2ToV3(
            List.of(M1, v2), Map.of("m1", row(M1, TESLA, 1, false), "u1", row(v2, AAPL, 1, false)));

    RuleEvent migrated =
        new RuleEvent(
            3, RuleEvent.Type.UPDATE, "u1", "bob", AAPL + " ON CLOSE", false, 2, 1_000, null);
    assertThat(plan.savepointRules()).containsExactly(M1, migrated);
    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before()).isEqualTo(v2);
              assertThat(c.after()).isEqualTo(migrated);
            });
  }

  @Test
  void shouldLeaveARuleDeletedAfterTheSavepointForTheTopicsDelete() {
    MigrationPlan plan = teslaToElon(List.of(M1), Map.of("m1", row(M1, TESLA, 2, true)));

    assertThat(plan.savepointRules()).containsExactly(M1);
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.notes()).singleElement().asString().contains("deleted");
  }

  @Test
  void shouldKeepTheSavepointsRuleWhenTheNewerRowNeedsNoMigration() {
    MigrationPlan plan = teslaToElon(List.of(M1), Map.of("m1", row(M1, ELON, 2, false)));

    assertThat(plan.savepointRules()).containsExactly(M1);
    assertThat(plan.changes()).isEmpty();
  }
}
