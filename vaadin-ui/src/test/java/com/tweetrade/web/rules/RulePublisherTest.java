package com.tweetrade.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The events sent for a row: the republisher's say the row's state, whatever change led to it, and
 * every event but DELETE carries the row's expiry.
 */
class RulePublisherTest {
  private static final String TEXT = "WHEN price(TSLA) > 0 THEN BUY 1 TSLA";
  private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-11-27T10:05:00Z");

  private static final Instant EXPIRES = Instant.parse("2026-12-31T16:00:00.250Z");

  private static Rule row(boolean paused, boolean deleted, long revision) {
    return new Rule("alice", "r1", TEXT, paused, deleted, revision, CREATED, CHANGED, true, null);
  }

  private static Rule expiringRow() {
    return new Rule("alice", "r1", TEXT, false, false, 2, CREATED, CHANGED, true, EXPIRES);
  }

  @Test
  void shouldSendAPausedRuleAsPause() {
    RuleEvent e = RulePublisher.stateEventFor(row(true, false, 3));
    assertThat(e.type()).isEqualTo(RuleEvent.Type.PAUSE);
    assertThat(e.paused()).isTrue();
    assertThat(e.text()).isEqualTo(TEXT);
    assertThat(e.revision()).isEqualTo(3);
    assertThat(e.timestamp()).isEqualTo(CHANGED.toEpochMilli());
  }

  @Test
  void shouldSendAnActiveChangedRuleAsUpdateThatIsNotPaused() {
    RuleEvent e = RulePublisher.stateEventFor(row(false, false, 4));
    assertThat(e.type()).isEqualTo(RuleEvent.Type.UPDATE);
    assertThat(e.paused()).isFalse();
    assertThat(e.text()).isEqualTo(TEXT);
  }

  @Test
  void shouldSendANewRuleAsCreate() {
    assertThat(RulePublisher.stateEventFor(row(false, false, 1)).type())
        .isEqualTo(RuleEvent.Type.CREATE);
  }

  @Test
  void shouldSendADeletedRuleAsDeleteWithoutText() {
    RuleEvent e = RulePublisher.stateEventFor(row(true, true, 5));
    assertThat(e.type()).isEqualTo(RuleEvent.Type.DELETE);
    assertThat(e.text()).isNull();
  }

  @Test
  void shouldSendTheRowsExpiry() {
    assertThat(RulePublisher.eventFor(expiringRow(), RuleEvent.Type.UPDATE).expiresAt())
        .isEqualTo(EXPIRES.toEpochMilli());
    assertThat(RulePublisher.stateEventFor(expiringRow()).expiresAt())
        .isEqualTo(EXPIRES.toEpochMilli());
    assertThat(RulePublisher.eventFor(row(false, false, 2), RuleEvent.Type.UPDATE).expiresAt())
        .isNull();
  }

  @Test
  void shouldKeepTheExpiryThroughPauseResumeAndEdit() {
    Rule paused = expiringRow().next(TEXT, true, false, CHANGED.plusSeconds(1));
    Rule resumed = paused.next(TEXT, false, false, CHANGED.plusSeconds(2));
    Rule edited =
        resumed.next("WHEN price(TSLA) > 1 THEN BUY 1 TSLA", false, false, CHANGED.plusSeconds(3));
    assertThat(RulePublisher.eventFor(paused, RuleEvent.Type.PAUSE).expiresAt())
        .isEqualTo(EXPIRES.toEpochMilli());
    assertThat(RulePublisher.eventFor(resumed, RuleEvent.Type.RESUME).expiresAt())
        .isEqualTo(EXPIRES.toEpochMilli());
    assertThat(RulePublisher.eventFor(edited, RuleEvent.Type.UPDATE).expiresAt())
        .isEqualTo(EXPIRES.toEpochMilli());
    assertThat(RulePublisher.stateEventFor(paused).expiresAt()).isEqualTo(EXPIRES.toEpochMilli());
  }

  @Test
  void shouldSendNoExpiryWhenTheUserClearsIt() {
    Rule cleared = expiringRow().next(TEXT, false, false, CHANGED.plusSeconds(1), null);
    assertThat(cleared.expiresAt()).isNull();
    assertThat(RulePublisher.eventFor(cleared, RuleEvent.Type.UPDATE).expiresAt()).isNull();
  }

  @Test
  void shouldSendADeleteWithoutExpiryButKeepItInTheRow() {
    Rule deleted = expiringRow().next(TEXT, false, true, CHANGED.plusSeconds(1));
    assertThat(deleted.expiresAt()).isEqualTo(EXPIRES);
    assertThat(RulePublisher.eventFor(deleted, RuleEvent.Type.DELETE).expiresAt()).isNull();
  }

  @Test
  void shouldEncodeTheExpiryAsTheJobReadsIt() throws Exception {
    RuleEvent sent = RulePublisher.eventFor(expiringRow(), RuleEvent.Type.UPDATE);
    RuleEvent read = JsonCodec.RULE_EVENT.decode(JsonCodec.RULE_EVENT.encode(sent));
    assertThat(read).isEqualTo(sent);
    assertThat(read.schemaVersion()).isEqualTo(RuleEvent.CURRENT_SCHEMA);
  }
}
