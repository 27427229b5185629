package com.tweetrade.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.rules.RuleEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The event the republisher sends for a row says the row's state, whatever change led to it. */
class RulePublisherTest {
  private static final String TEXT = "WHEN price(TSLA) > 0 THEN BUY 1 TSLA";
  private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-11-27T10:05:00Z");

  private static Rule row(boolean paused, boolean deleted, long revision) {
    return new Rule("alice", "r1", TEXT, paused, deleted, revision, CREATED, CHANGED, true);
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
    assertThat(RulePublisher.stateEventFor(row(false, false, 1)).type()).isEqualTo(RuleEvent.Type.CREATE);
  }

  @Test
  void shouldSendADeletedRuleAsDeleteWithoutText() {
    RuleEvent e = RulePublisher.stateEventFor(row(true, true, 5));
    assertThat(e.type()).isEqualTo(RuleEvent.Type.DELETE);
    assertThat(e.text()).isNull();
  }
}
