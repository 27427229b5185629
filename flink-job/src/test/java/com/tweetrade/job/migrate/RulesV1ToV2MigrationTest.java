package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesV1ToV2MigrationTest {
  private static final RulesV1ToV2Migration V1_TO_V2 = new RulesV1ToV2Migration();
  private static final String TEXT = "WHEN price(TSLA) > 1 THEN SELL 1 TSLA";

  @Test
  void shouldRewriteASchema1RuleAsSchema2WithTheDefaultAtTheNextRevision() throws Exception {
    RuleEvent v1 = new RuleEvent(1, RuleEvent.Type.PAUSE, "p1", "alice", TEXT, true, 3, 1_000);

    RuleEvent v2 = V1_TO_V2.apply(v1, Map.of());

    assertThat(v2).isEqualTo(new RuleEvent(2, RuleEvent.Type.UPDATE, "p1", "alice", TEXT, true, 4, 1_000,
        RuleEvent.GOOD_TILL_CANCELLED));
    assertThat(JsonCodec.mapper().readTree(JsonCodec.RULE_EVENT.encode(v2)).get("expiresAt").isNull()).isTrue();
  }

  @Test
  void shouldLeaveSchema2RulesAsTheyAre() {
    RuleEvent v2 = RuleEvent.create("r1", "alice", TEXT, 1_000).withExpiresAt(5_000L);

    assertThat(V1_TO_V2.apply(v2, Map.of())).isSameAs(v2);
    RuleEvent once = V1_TO_V2.apply(new RuleEvent(1, RuleEvent.Type.CREATE, "r1", "alice", TEXT, false, 1, 1), Map.of());
    assertThat(V1_TO_V2.apply(once, Map.of())).isSameAs(once);
  }

  @Test
  void shouldBeListedNextToRenameKeyword() {
    assertThat(Migrations.ALL).extracting(RuleMigration::name).containsExactly("rename-keyword", "rules-v1-to-v2");
    assertThat(Migrations.named("rules-v1-to-v2")).containsInstanceOf(RulesV1ToV2Migration.class);
  }
}
