package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import com.tweetrade.model.rules.Trigger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesV2ToV3MigrationTest {
  private static final RulesV2ToV3Migration V2_TO_V3 = new RulesV2ToV3Migration();
  private static final String TEXT = "WHEN price(TSLA) > 1 THEN SELL 1 TSLA";

  private static RuleEvent v2(
      RuleEvent.Type type, String text, boolean paused, long revision, Long expiresAt) {
    return new RuleEvent(2, type, "r1", "alice", text, paused, revision, 1_000, expiresAt);
  }

  @Test
  void shouldRewriteASchema2RuleAsSchema3OnCloseAtTheNextRevision() throws Exception {
    RuleEvent v2 = v2(RuleEvent.Type.PAUSE, TEXT, true, 3, 5_000L);

    RuleEvent v3 = V2_TO_V3.apply(v2, Map.of());

    assertThat(v3)
        .isEqualTo(
            new RuleEvent(
                3,
                RuleEvent.Type.UPDATE,
                "r1",
                "alice",
                TEXT + " ON CLOSE",
                true,
                4,
                1_000,
                5_000L));
    assertThat(JsonCodec.RULE_EVENT.decode(JsonCodec.RULE_EVENT.encode(v3))).isEqualTo(v3);
  }

  @Test
  void shouldKeepTheAlertOfANotifyRule() {
    RuleEvent v2 =
        v2(RuleEvent.Type.CREATE, "WHEN price(TSLA) > 1 THEN NOTIFY \"up\" ONCE", false, 1, null);

    assertThat(V2_TO_V3.apply(v2, Map.of()).text())
        .isEqualTo("WHEN price(TSLA) > 1 THEN NOTIFY \"up\" ONCE ON CLOSE");
  }

  @Test
  void shouldKeepTheRulesTimingAndEveryOtherPartOfItsMeaning() {
    String written = "when price(TSLA) > 1.50 then sell 1 TSLA at limit 2.10 every 5m";
    RuleEvent v2 = v2(RuleEvent.Type.CREATE, written, false, 1, null);

    RuleEvent v3 = V2_TO_V3.apply(v2, Map.of());

    assertThat(v3.text())
        .isEqualTo("WHEN price(TSLA) > 1.5 THEN SELL 1 TSLA AT LIMIT 2.1 EVERY 5m ON CLOSE");
    Rule before = Rule.fromEvent(v2, null);
    Rule after = Rule.fromEvent(v3, null);
    assertThat(after.timing()).isEqualTo(Timing.CLOSE);
    assertThat(after.trigger()).isEqualTo(Trigger.every(5).withTiming(Timing.CLOSE));
    assertThat(after.definition()).isEqualTo(before.definition());
    // The evaluator restarts a trigger only when the canonical text changes: it does not here.
    assertThat(after.toText()).isEqualTo(before.toText());
  }

  @Test
  void shouldTakeSchema1RulesStraightToSchema3() {
    RuleEvent v1 =
        new RuleEvent(1, RuleEvent.Type.CREATE, "r1", "alice", TEXT + " ONCE", false, 1, 1_000);

    assertThat(V2_TO_V3.apply(v1, Map.of()))
        .isEqualTo(
            new RuleEvent(
                3,
                RuleEvent.Type.UPDATE,
                "r1",
                "alice",
                TEXT + " ONCE ON CLOSE",
                false,
                2,
                1_000,
                RuleEvent.GOOD_TILL_CANCELLED));
  }

  @Test
  void shouldLeaveSchema3RulesDeletesAndTextsThatDoNotCompileAsTheyAre() {
    RuleEvent tick = RuleEvent.create("r1", "alice", TEXT, 1_000);
    RuleEvent close = RuleEvent.create("r2", "alice", TEXT + " ON CLOSE", 1_000);
    RuleEvent delete =
        new RuleEvent(2, RuleEvent.Type.DELETE, "r3", "alice", null, false, 4, 1_000, null);
    RuleEvent broken =
        v2(RuleEvent.Type.CREATE, "WHEN price(TSLA) THEN SELL 1 TSLA", false, 1, null);

    assertThat(V2_TO_V3.apply(tick, Map.of())).isSameAs(tick);
    assertThat(V2_TO_V3.apply(close, Map.of())).isSameAs(close);
    assertThat(V2_TO_V3.apply(delete, Map.of())).isSameAs(delete);
    assertThat(V2_TO_V3.apply(broken, Map.of())).isSameAs(broken);
  }

  @Test
  void shouldChangeNothingWhenAppliedTwice() {
    RuleEvent once = V2_TO_V3.apply(v2(RuleEvent.Type.CREATE, TEXT, false, 1, null), Map.of());
    assertThat(V2_TO_V3.apply(once, Map.of())).isSameAs(once);
  }

  @Test
  void shouldSayWhatItChanges() {
    assertThat(V2_TO_V3.about().version()).isEqualTo(1);
    assertThat(V2_TO_V3.about().description()).contains("ON CLOSE");
  }
}
