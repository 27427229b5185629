package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesV1ToV2MigrationTest {
  private static final RulesV1ToV2Migration V1_TO_V2 = new RulesV1ToV2Migration();
  private static final String TEXT = "WHEN price(TSLA) > 1 THEN SELL 1 TSLA";

  @Test
  void shouldRewriteASchema1RuleAsSchema2WithTheDefaultAtTheNextRevision() throws Exception {
    RuleEvent v1 = new RuleEvent(1, RuleEvent.Type.PAUSE, "p1", "alice", TEXT, true, 3, 1_000);

    RuleEvent v2 = V1_TO_V2.apply(v1, Map.of());

    assertThat(v2)
        .isEqualTo(
            new RuleEvent(
                2,
                RuleEvent.Type.UPDATE,
                "p1",
                "alice",
                TEXT,
                true,
                4,
                1_000,
                RuleEvent.GOOD_TILL_CANCELLED));
    assertThat(
            JsonCodec.mapper().readTree(JsonCodec.RULE_EVENT.encode(v2)).get("expiresAt").isNull())
        .isTrue();
  }

  @Test
  void shouldLeaveSchema2And3RulesAsTheyAre() {
    RuleEvent v2 =
        new RuleEvent(2, RuleEvent.Type.CREATE, "r1", "alice", TEXT, false, 1, 1_000, 5_000L);
    RuleEvent v3 = RuleEvent.create("r1", "alice", TEXT, 1_000).withExpiresAt(5_000L);

    assertThat(V1_TO_V2.apply(v2, Map.of())).isSameAs(v2);
    assertThat(V1_TO_V2.apply(v3, Map.of())).isSameAs(v3);
    RuleEvent once =
        V1_TO_V2.apply(
            new RuleEvent(1, RuleEvent.Type.CREATE, "r1", "alice", TEXT, false, 1, 1), Map.of());
    assertThat(V1_TO_V2.apply(once, Map.of())).isSameAs(once);
  }

  @Test
  void shouldWriteSchema2WhichIsDecidedOnCloseLikeSchema1NotTheCurrentSchema() {
    RuleEvent v1 =
        new RuleEvent(1, RuleEvent.Type.CREATE, "p1", "alice", TEXT + " EVERY 5m", false, 1, 1_000);

    RuleEvent v2 = V1_TO_V2.apply(v1, Map.of());

    assertThat(RuleEvent.CURRENT_SCHEMA).isGreaterThan(2);
    assertThat(v2.schemaVersion()).isEqualTo(2);
    assertThat(v2.text()).isEqualTo(v1.text());
    assertThat(Rule.fromEvent(v2, null).timing()).isEqualTo(Timing.CLOSE);
    assertThat(Rule.fromEvent(v2, null).toText()).isEqualTo(Rule.fromEvent(v1, null).toText());
    // rules-v2-to-v3 takes it on to schema 3, still on closed panes.
    RuleEvent v3 = new RulesV2ToV3Migration().apply(v2, Map.of());
    assertThat(v3.schemaVersion()).isEqualTo(3);
    assertThat(v3.revision()).isEqualTo(3);
    assertThat(Rule.fromEvent(v3, null).trigger()).isEqualTo(Rule.fromEvent(v1, null).trigger());
  }

  @Test
  void shouldKeepAnExpiryThatARowEditedAfterTheSavepointCarries() {
    RuleEvent row =
        new RuleEvent(1, RuleEvent.Type.UPDATE, "p1", "alice", TEXT, false, 5, 1_000, 9_000L);

    assertThat(V1_TO_V2.apply(row, Map.of()).expiresAt()).isEqualTo(9_000L);
  }
}
