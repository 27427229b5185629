package com.tweetrade.web.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.web.rules.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule editor on its own (Karibu, no Spring): errors at their position, inputs, events. */
class RuleFormTest {
  private static final String VALID =
      "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
  private final Map<String, Double> values = Map.of("price:TSLA", 250.5);
  private RuleForm form;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    form = new RuleForm(key -> values.containsKey(key) ? OptionalDouble.of(values.get(key)) : OptionalDouble.empty());
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void shouldShowTheErrorAtItsPositionAndRefuseToSave() {
    String bad = "WHEN price(TSLA) > 7m THEN BUY 10 TSLA";
    form.text.setValue(bad);
    assertThat(form.error.getText()).startsWith("at ");
    int offset = Integer.parseInt(form.error.getText().substring(3, form.error.getText().indexOf(':')));
    String[] caret = form.caret.getText().split("\n");
    assertThat(caret[0]).isEqualTo(bad);
    assertThat(caret[1].indexOf('^')).isEqualTo(offset);
    assertThat(form.text.isInvalid()).isTrue();
    assertThat(form.save.isEnabled()).isFalse();
  }

  @Test
  void shouldListTheInputsWithTheirCurrentValuesWhenValid() {
    form.text.setValue(VALID);
    assertThat(form.error.getText()).isEmpty();
    assertThat(form.save.isEnabled()).isTrue();
    List<String> shown = new ArrayList<>();
    form.inputs.getChildren().forEach(c -> shown.add(c.getElement().getText()));
    assertThat(shown)
        .containsExactly(
            "sentiment:tesla:5m = no data yet", "price:TSLA = 250.5000", "avg:TSLA:15m = no data yet");
  }

  @Test
  void shouldFireSaveWithTheTextAndPauseForAnExistingRule() {
    List<RuleForm.RuleFormEvent> events = new ArrayList<>();
    form.addListener(RuleForm.SaveEvent.class, events::add);
    form.addListener(RuleForm.PauseEvent.class, events::add);
    Rule rule = new Rule("alice", "r1", VALID, false, false, 3, Instant.EPOCH, Instant.EPOCH, false);
    form.edit(rule);
    form.save.click();
    form.pause.click();
    assertThat(events).hasSize(2);
    assertThat(((RuleForm.SaveEvent) events.get(0)).text()).isEqualTo(VALID);
    assertThat(events.get(0).rule()).isEqualTo(rule);
    assertThat(((RuleForm.PauseEvent) events.get(1)).paused()).isTrue();
  }

  @Test
  void shouldNotOfferPauseOrDeleteForANewRule() {
    form.edit(null);
    assertThat(form.pause.isEnabled()).isFalse();
    assertThat(form.delete.isEnabled()).isFalse();
  }
}
