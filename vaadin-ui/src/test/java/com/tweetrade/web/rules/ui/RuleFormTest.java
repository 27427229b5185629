package com.tweetrade.web.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.web.rules.Rule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final Instant TOMORROW = Instant.parse("2026-11-28T09:30:00Z");
  private static final Instant YESTERDAY = Instant.parse("2026-11-26T09:30:00Z");
  private final Map<String, Double> values = Map.of("price:TSLA", 250.5);
  private RuleForm form;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    form =
        new RuleForm(
            key ->
                values.containsKey(key)
                    ? OptionalDouble.of(values.get(key))
                    : OptionalDouble.empty(),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Rule rule(Instant expiresAt) {
    return new Rule(
        "alice", "r1", VALID, false, false, 3, Instant.EPOCH, Instant.EPOCH, false, expiresAt);
  }

  private List<RuleForm.SaveEvent> saves() {
    List<RuleForm.SaveEvent> saves = new ArrayList<>();
    form.addListener(RuleForm.SaveEvent.class, saves::add);
    return saves;
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
    int offset =
        Integer.parseInt(form.error.getText().substring(3, form.error.getText().indexOf(':')));
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
            "sentiment:tesla:5m = no data yet",
            "price:TSLA = 250.5000",
            "avg:TSLA:15m = no data yet");
  }

  @Test
  void shouldFireSaveWithTheTextAndPauseForAnExistingRule() {
    List<RuleForm.RuleFormEvent> events = new ArrayList<>();
    form.addListener(RuleForm.SaveEvent.class, events::add);
    form.addListener(RuleForm.PauseEvent.class, events::add);
    Rule rule =
        new Rule("alice", "r1", VALID, false, false, 3, Instant.EPOCH, Instant.EPOCH, false, null);
    form.edit(rule);
    form.save.click();
    form.pause.click();
    assertThat(events).hasSize(2);
    assertThat(((RuleForm.SaveEvent) events.get(0)).text()).isEqualTo(VALID);
    assertThat(events.get(0).rule()).isEqualTo(rule);
    assertThat(((RuleForm.PauseEvent) events.get(1)).paused()).isTrue();
  }

  @Test
  void shouldOfferABacktestOfTheDraftAsTypedEvenWhenTheLiveJobCannotServeItsWindow() {
    List<RuleForm.BacktestEvent> backtests = new ArrayList<>();
    form.addListener(RuleForm.BacktestEvent.class, backtests::add);
    form.edit(rule(null));
    String draft = "WHEN price(AAPL) < avg(AAPL, 5d) THEN BUY 10 AAPL";
    form.text.setValue(draft);
    assertThat(form.save.isEnabled()).isFalse(); // 5d: a backtest window, not a live one
    assertThat(form.backtest.isEnabled()).isTrue();
    form.backtest.click();
    assertThat(backtests)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text()).isEqualTo(draft);
              assertThat(e.rule()).isEqualTo(rule(null));
            });
  }

  @Test
  void shouldAcceptAndSaveAlertRules() {
    List<RuleForm.SaveEvent> saves = saves();
    for (String alert :
        List.of(
            "WHEN price(TSLA) < 200 THEN NOTIFY \"TSLA under $200\" ONCE",
            "WHEN price(TSLA) < 200 THEN BUY 1 TSLA ALSO NOTIFY \"bought\" ON CLOSE")) {
      form.text.setValue(alert);
      assertThat(form.error.getText()).as(alert).isEmpty();
      assertThat(form.save.isEnabled()).as(alert).isTrue();
      form.save.click();
    }
    assertThat(saves)
        .extracting(RuleForm.SaveEvent::text)
        .containsExactly(
            "WHEN price(TSLA) < 200 THEN NOTIFY \"TSLA under $200\" ONCE",
            "WHEN price(TSLA) < 200 THEN BUY 1 TSLA ALSO NOTIFY \"bought\" ON CLOSE");
  }

  @Test
  void shouldSayWhereTheAlertOfATradeGoes() {
    form.text.setValue("WHEN price(TSLA) < 200 THEN BUY 1 TSLA NOTIFY \"x\"");
    assertThat(form.error.getText())
        .isEqualTo(
            "at 39: an alert after a trade is written ALSO NOTIFY, as in BUY 1 TSLA ALSO NOTIFY"
                + " \"bought TSLA\"");
    assertThat(form.save.isEnabled()).isFalse();
  }

  @Test
  void shouldNotOfferPauseOrDeleteForANewRule() {
    form.edit(null);
    assertThat(form.pause.isEnabled()).isFalse();
    assertThat(form.delete.isEnabled()).isFalse();
  }

  @Test
  void shouldShowTheStoredExpiryInUtcAndSaveItUnchanged() {
    List<RuleForm.SaveEvent> saves = saves();
    form.edit(rule(TOMORROW));
    assertThat(form.expires.getValue()).isEqualTo(LocalDateTime.of(2026, 11, 28, 9, 30));
    form.save.click();
    assertThat(saves).singleElement().satisfies(e -> assertThat(e.expiresAt()).isEqualTo(TOMORROW));
  }

  @Test
  void shouldSaveNoExpiryWhenTheUserClearsIt() {
    List<RuleForm.SaveEvent> saves = saves();
    form.edit(rule(TOMORROW));
    form.expires.clear();
    form.save.click();
    assertThat(saves).singleElement().satisfies(e -> assertThat(e.expiresAt()).isNull());
  }

  @Test
  void shouldStartEmptyForGoodTillCancelledAndSaveAChosenFutureExpiry() {
    List<RuleForm.SaveEvent> saves = saves();
    form.edit(null);
    assertThat(form.expires.getValue()).isNull();
    form.text.setValue(VALID);
    form.expires.setValue(LocalDateTime.of(2026, 11, 28, 9, 30));
    form.save.click();
    assertThat(saves)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isNull();
              assertThat(e.expiresAt()).isEqualTo(TOMORROW);
            });
  }

  @Test
  void shouldRefuseAnExpiryInThePastWithAMessage() {
    List<RuleForm.SaveEvent> saves = saves();
    form.edit(rule(null));
    form.expires.setValue(LocalDateTime.ofInstant(YESTERDAY, ZoneOffset.UTC));
    assertThat(form.expires.isInvalid()).isTrue();
    assertThat(form.expires.getErrorMessage()).contains("must be in the future");
    assertThat(form.save.isEnabled()).isFalse();
    form.save.click();
    assertThat(saves).isEmpty();

    form.expires.clear();
    assertThat(form.expires.isInvalid()).isFalse();
    assertThat(form.save.isEnabled()).isTrue();
  }

  @Test
  void shouldKeepAnExpiryThatHasPassedWhenOnlyTheTextIsEdited() {
    List<RuleForm.SaveEvent> saves = saves();
    form.edit(rule(YESTERDAY));
    assertThat(form.expires.isInvalid()).isFalse();
    form.text.setValue("WHEN price(TSLA) > 0 THEN BUY 1 TSLA");
    form.save.click();
    assertThat(saves)
        .singleElement()
        .satisfies(e -> assertThat(e.expiresAt()).isEqualTo(YESTERDAY));
  }
}
