package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleParser;
import com.tweetrade.model.rules.Timing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenameKeywordMigrationTest {
  private static final Map<String, String> TESLA_TO_ELON = Map.of("from", "tesla", "to", "elon");
  private static final RenameKeywordMigration RENAME = new RenameKeywordMigration();

  private static RuleEvent rule(String id, String text) {
    return RuleEvent.create(id, "alice", text, 1_000);
  }

  @Test
  void shouldRenameEveryKeywordInputAndBumpTheRevision() {
    RuleEvent before =
        rule(
            "r1",
            "WHEN sentiment(\"tesla\", 5m) > 0.4 AND (volume(\"tesla\", 1m) > 10 OR NOT"
                + " negative(\"apple\", 15m) > 3) AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA"
                + " EVERY 2m");

    RuleEvent after = RENAME.apply(before, TESLA_TO_ELON);

    assertThat(after.text())
        .isEqualTo(
            "WHEN sentiment(\"elon\", 5m) > 0.4 AND (volume(\"elon\", 1m) > 10 OR NOT"
                + " negative(\"apple\", 15m) > 3) AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA"
                + " EVERY 2m");
    assertThat(RuleParser.parse(after.text()).keywords()).containsExactly("elon", "apple");
    assertThat(after.revision()).isEqualTo(2);
    assertThat(after.type()).isEqualTo(RuleEvent.Type.UPDATE);
    assertThat(after)
        .extracting(RuleEvent::ruleId, RuleEvent::userId, RuleEvent::paused, RuleEvent::timestamp)
        .containsExactly("r1", "alice", false, 1_000L);
  }

  @Test
  void shouldRenameTheKeywordOnEitherSideOfACrossing() {
    RuleEvent before =
        rule(
            "r1",
            "WHEN sentiment(\"tesla\", 5m) CROSSES ABOVE sentiment(\"ford\", 5m) AND ema(TSLA, 12)"
                + " > 1 THEN BUY 1 TSLA");

    assertThat(RENAME.apply(before, TESLA_TO_ELON).text())
        .isEqualTo(
            "WHEN sentiment(\"elon\", 5m) CROSSES ABOVE sentiment(\"ford\", 5m) AND ema(TSLA, 12)"
                + " > 1 THEN BUY 1 TSLA");
  }

  @Test
  void shouldKeepASchema2RuleOnClosedPanesWhenItWritesTheCurrentSchema() {
    RuleEvent v2 =
        new RuleEvent(
            2,
            RuleEvent.Type.CREATE,
            "r1",
            "alice",
            "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA EVERY 2m",
            false,
            1,
            1_000,
            null);

    RuleEvent after = RENAME.apply(v2, TESLA_TO_ELON);

    assertThat(after.schemaVersion()).isEqualTo(RuleEvent.CURRENT_SCHEMA);
    assertThat(after.text())
        .isEqualTo("WHEN sentiment(\"elon\", 5m) > 0.4 THEN BUY 1 TSLA EVERY 2m ON CLOSE");
    assertThat(Rule.fromEvent(after, null).timing()).isEqualTo(Timing.CLOSE);
    RuleEvent tick =
        RENAME.apply(
            rule("r2", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA"), TESLA_TO_ELON);
    assertThat(tick.text()).isEqualTo("WHEN sentiment(\"elon\", 5m) > 0.4 THEN BUY 1 TSLA");
  }

  @Test
  void shouldKeepTheAlertsOfNotifyRules() {
    RuleEvent alertOnly =
        rule("r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN NOTIFY \"Tesla is loved\" ONCE");
    RuleEvent tradeAndAlert =
        rule("r2", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA ALSO NOTIFY \"bought\"");

    assertThat(RENAME.apply(alertOnly, TESLA_TO_ELON).text())
        .isEqualTo("WHEN sentiment(\"elon\", 5m) > 0.4 THEN NOTIFY \"Tesla is loved\" ONCE");
    assertThat(RENAME.apply(tradeAndAlert, TESLA_TO_ELON).text())
        .isEqualTo("WHEN sentiment(\"elon\", 5m) > 0.4 THEN BUY 1 TSLA ALSO NOTIFY \"bought\"");
  }

  @Test
  void shouldRenameInsideArithmeticAndNegation() {
    RuleEvent after =
        RENAME.apply(
            rule(
                "r1",
                "WHEN -sentiment(\"tesla\", 5m) * 2 + positive(\"tesla\", 5m) > 1 THEN SELL 1"
                    + " TSLA"),
            TESLA_TO_ELON);
    assertThat(RuleParser.parse(after.text()).keywords()).containsExactly("elon");
  }

  @Test
  void shouldLeaveRulesWithoutTheKeywordUntouched() {
    RuleEvent other =
        rule("r2", "WHEN sentiment(\"apple\", 5m) > 0.4 AND price(TSLA) > 1 THEN BUY 1 TSLA");
    RuleEvent cashtag = rule("r3", "WHEN sentiment($TSLA, 5m) > 0.4 THEN BUY 1 TSLA");
    assertThat(RENAME.apply(other, TESLA_TO_ELON)).isSameAs(other);
    assertThat(RENAME.apply(cashtag, Map.of("from", "tsla", "to", "elon"))).isSameAs(cashtag);
  }

  @Test
  void shouldKeepThePausedFlag() {
    RuleEvent paused =
        RuleEvent.pause("r1", "alice", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA", 4, 9);
    RuleEvent after = RENAME.apply(paused, TESLA_TO_ELON);
    assertThat(after.paused()).isTrue();
    assertThat(after.revision()).isEqualTo(5);
  }

  @Test
  void shouldMatchKeywordsCaseInsensitively() {
    RuleEvent after =
        RENAME.apply(
            rule("r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA"),
            Map.of("from", "Tesla", "to", "ELON"));
    assertThat(after.text()).contains("sentiment(\"elon\", 5m)");
  }

  @Test
  void shouldRejectMissingParametersAndCashtags() {
    RuleEvent r = rule("r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA");
    assertThatThrownBy(() -> RENAME.apply(r, Map.of("from", "tesla"))).hasMessageContaining("to=");
    assertThatThrownBy(() -> RENAME.apply(r, Map.of("from", "$TSLA", "to", "x")))
        .hasMessageContaining("cashtag");
  }

  @Test
  void shouldApplyToAList() {
    RuleEvent delete = RuleEvent.delete("r9", "alice", 3, 5);
    List<RuleEvent> out =
        Migrations.applyAll(
            RENAME,
            List.of(rule("r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA"), delete),
            TESLA_TO_ELON);
    assertThat(out).extracting(RuleEvent::revision).containsExactly(2L, 3L);
    assertThat(out.get(1)).isSameAs(delete);
  }
}
