package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one mapping of a {@code userlogic} row to its event, as the UI and the job both use it. */
class StoredRuleTest {
  private static final String TEXT = "WHEN price(TSLA) > 1 THEN BUY 1 TSLA";

  private static StoredRule row(boolean paused, boolean deleted, long revision, Long expiresAt) {
    return new StoredRule("bob", "r1", TEXT, paused, deleted, revision, 5_000, expiresAt);
  }

  @Test
  void shouldStateEachRowAsTheEventThatLeadsToIt() {
    assertThat(row(false, false, 1, null).stateEvent())
        .isEqualTo(
            new RuleEvent(
                RuleEvent.CURRENT_SCHEMA,
                RuleEvent.Type.CREATE,
                "r1",
                "bob",
                TEXT,
                false,
                1,
                5_000));
    assertThat(row(false, false, 0, null).stateEvent().type()).isEqualTo(RuleEvent.Type.CREATE);
    assertThat(row(false, false, 0, null).stateEvent().revision()).isEqualTo(1);
    assertThat(row(false, false, 4, 9_000L).stateEvent())
        .isEqualTo(
            new RuleEvent(
                RuleEvent.CURRENT_SCHEMA,
                RuleEvent.Type.UPDATE,
                "r1",
                "bob",
                TEXT,
                false,
                4,
                5_000,
                9_000L));
    assertThat(row(true, false, 3, 9_000L).stateEvent())
        .isEqualTo(
            new RuleEvent(
                RuleEvent.CURRENT_SCHEMA,
                RuleEvent.Type.PAUSE,
                "r1",
                "bob",
                TEXT,
                true,
                3,
                5_000,
                9_000L));
    assertThat(row(true, true, 5, 9_000L).stateEvent())
        .isEqualTo(
            new RuleEvent(
                RuleEvent.CURRENT_SCHEMA,
                RuleEvent.Type.DELETE,
                "r1",
                "bob",
                null,
                true,
                5,
                5_000,
                null));
    assertThat(row(false, false, 2, null).stateEvent(2).schemaVersion()).isEqualTo(2);
  }

  @Test
  void shouldCallOnlyRulesWithATextThatAreNotDeletedLive() {
    assertThat(row(false, false, 1, null).isLive()).isTrue();
    assertThat(row(true, false, 1, null).isLive()).isTrue();
    assertThat(row(false, true, 1, null).isLive()).isFalse();
    assertThat(new StoredRule("bob", "r1", " ", false, false, 1, 0, null).isLive()).isFalse();
  }
}
