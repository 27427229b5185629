package com.tweetrade.tweets.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleEvent.Type;
import org.junit.jupiter.api.Test;

class ActiveRulesTest {
  private static final String TESLA = "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA";
  private static final String APPLE =
      "WHEN sentiment(\"apple\", 5m) > 0.4 AND volume($AAPL, 1m) > 3 THEN BUY 1 AAPL";
  private static final String BROKEN = "WHEN sentiment(\"netflix\", 5m) > THEN BUY 1 NFLX";
  private final ActiveRules rules = new ActiveRules();

  @Test
  void shouldTrackTermsOfActiveRulesOnly() {
    assertThat(rules.apply(event(Type.CREATE, "r1", TESLA, false, 1))).isTrue();
    assertThat(rules.apply(event(Type.CREATE, "r2", APPLE, false, 1))).isTrue();
    assertThat(rules.terms()).containsExactly("$AAPL", "apple", "tesla");
    assertThat(rules.apply(event(Type.PAUSE, "r2", APPLE, true, 2))).isTrue();
    assertThat(rules.terms()).containsExactly("tesla");
    assertThat(rules.size()).isEqualTo(1);
    assertThat(rules.apply(event(Type.RESUME, "r2", APPLE, false, 3))).isTrue();
    assertThat(rules.apply(event(Type.DELETE, "r1", null, false, 2))).isTrue();
    assertThat(rules.terms()).containsExactly("$AAPL", "apple");
  }

  @Test
  void shouldSkipARuleThatDoesNotCompile() {
    assertThat(rules.apply(event(Type.CREATE, "r1", BROKEN, false, 1))).isFalse();
    assertThat(rules.terms()).isEmpty();
    // a later valid revision is taken, as the job takes it
    assertThat(rules.apply(event(Type.UPDATE, "r1", TESLA, false, 2))).isTrue();
    assertThat(rules.terms()).containsExactly("tesla");
  }

  @Test
  void shouldKeepTheRevisionInForceWhenAnUpdateDoesNotCompile() {
    rules.apply(event(Type.CREATE, "r1", TESLA, false, 1));
    // the job keeps evaluating revision 1, so the stream must keep delivering its tweets
    assertThat(rules.apply(event(Type.UPDATE, "r1", BROKEN, false, 2))).isFalse();
    assertThat(rules.terms()).containsExactly("tesla");
    assertThat(rules.apply(event(Type.UPDATE, "r1", APPLE, false, 2))).isTrue();
    assertThat(rules.terms()).containsExactly("$AAPL", "apple");
  }

  @Test
  void shouldIgnoreEventsThatAreNotNewer() {
    rules.apply(event(Type.CREATE, "r1", TESLA, false, 1));
    rules.apply(event(Type.DELETE, "r1", null, false, 2));
    assertThat(rules.apply(event(Type.UPDATE, "r1", APPLE, false, 2))).isFalse();
    assertThat(rules.terms()).isEmpty();
  }

  @Test
  void shouldIgnoreANewerSchema() {
    assertThat(
            rules.apply(
                new RuleEvent(
                    RuleEvent.CURRENT_SCHEMA + 1, Type.CREATE, "r1", "alice", TESLA, false, 1, 1L)))
        .isFalse();
    assertThat(rules.terms()).isEmpty();
  }

  @Test
  void shouldSayUnchangedWhenTermsStayTheSame() {
    rules.apply(event(Type.CREATE, "r1", TESLA, false, 1));
    assertThat(rules.apply(event(Type.UPDATE, "r1", TESLA.replace("0.4", "0.5"), false, 2)))
        .isFalse();
  }

  @Test
  void shouldForgetARuleOnATombstone() {
    rules.apply(event(Type.CREATE, "r1", TESLA, false, 1));
    assertThat(rules.remove("r1")).isTrue();
    assertThat(rules.terms()).isEmpty();
  }

  private static RuleEvent event(Type type, String id, String text, boolean paused, long revision) {
    return new RuleEvent(RuleEvent.CURRENT_SCHEMA, type, id, "alice", text, paused, revision, 1L);
  }
}
