package com.tweetrade.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerStateTest {
  private static final long T0 = 1_700_000_000_000L;
  private static final long MINUTE = 60_000L;

  /** Feeds (condition, minutes after T0) pairs and returns the minutes at which it fired. */
  private static List<Long> firings(Trigger trigger, Object... conditionsAndMinutes) {
    TriggerState state = trigger.initialState();
    List<Long> fired = new ArrayList<>();
    for (int i = 0; i < conditionsAndMinutes.length; i += 2) {
      boolean condition = (Boolean) conditionsAndMinutes[i];
      long minute = ((Number) conditionsAndMinutes[i + 1]).longValue();
      TriggerState.Step step = state.next(condition, T0 + minute * MINUTE);
      if (step.fire()) fired.add(minute);
      state = step.state();
    }
    return fired;
  }

  @Test
  void shouldFireOnRisingEdgeAndReArmWhenFalse() {
    assertThat(firings(Trigger.RISING_EDGE, true, 0, true, 1, true, 2, false, 3, true, 4, true, 5))
        .containsExactly(0L, 4L);
    assertThat(firings(Trigger.RISING_EDGE, false, 0, false, 1, true, 2)).containsExactly(2L);
  }

  @Test
  void shouldFireOnceOnlyEvenAfterTheConditionFalls() {
    assertThat(firings(Trigger.once(), false, 0, true, 1, true, 2, false, 3, true, 4))
        .containsExactly(1L);
  }

  @Test
  void shouldFireEveryPeriodAtMostWhileTrue() {
    assertThat(
            firings(
                Trigger.every(10),
                true,
                0,
                true,
                5,
                true,
                9,
                true,
                10,
                false,
                12,
                true,
                15,
                true,
                20,
                true,
                21))
        .containsExactly(0L, 10L, 20L);
  }

  @Test
  void shouldNotFireEveryOnOutOfOrderEventTimes() {
    assertThat(firings(Trigger.every(1), true, 10, true, 5, true, 11)).containsExactly(10L, 11L);
  }

  @Test
  void shouldKeepTheSameStateObjectWhenNothingChanges() {
    TriggerState state = Trigger.RISING_EDGE.initialState();
    assertThat(state.next(false, T0).state()).isSameAs(state);
  }

  @Test
  void shouldRecordLastFiringInPrimitiveFields() {
    TriggerState state = Trigger.every(5).initialState().next(true, T0).state();
    assertThat(state).isEqualTo(new TriggerState(Trigger.Policy.EVERY, 5 * MINUTE, true, true, T0));
  }
}
