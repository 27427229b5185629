package com.tweetrade.web.rules.ui;

import com.tweetrade.model.rules.RuleParseException;
import com.tweetrade.web.rules.Rule;
import com.tweetrade.web.rules.RuleCheck;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Edits one rule's text, checking it with the job's parser as the user types.
 *
 * <p>Shows the first error at its position (message and a caret under the text) and, for a valid
 * rule, the current value of each input it reads. The optional expiry is edited in UTC (event time
 * of the job); empty means good till cancelled, and a changed expiry must be in the future (an
 * unchanged one is kept as it is, so an expired rule can still be edited). It never calls services:
 * it fires {@link SaveEvent}, {@link BacktestEvent}, {@link PauseEvent}, {@link DeleteEvent} and
 * {@link CloseEvent} for the view.
 */
class RuleForm extends VerticalLayout {
  final TextArea text = new TextArea("Rule");
  final Span error = new Span();
  final Pre caret = new Pre();
  final DateTimePicker expires = new DateTimePicker("Expires (UTC)");
  final UnorderedList inputs = new UnorderedList();
  final Button save = new Button("Save");
  final Button pause = new Button("Pause");
  final Button delete = new Button("Delete");
  final Button close = new Button("Close");
  final Button backtest = new Button("Backtest");

  private final Function<String, OptionalDouble> inputValue;
  private final Clock clock;
  private @Nullable Rule rule;
  private RuleCheck check = RuleCheck.of("");

  /** Tickers and keywords the current rule reads; read on Kafka threads to skip other updates. */
  private volatile Set<String> subjects = Set.of();

  RuleForm(Function<String, OptionalDouble> inputValue, Clock clock) {
    this.inputValue = inputValue;
    this.clock = clock;
    setPadding(false);
    configureText();
    configureExpires();
    configureButtons();
    Div inputsBox = new Div(new H3("Inputs now"), inputs);
    inputsBox.setId("rule-inputs-box");
    add(
        text,
        error,
        caret,
        expires,
        new HorizontalLayout(save, backtest, pause, delete, close),
        inputsBox);
    edit(null);
  }

  private void configureText() {
    text.setId("rule-text");
    text.setWidthFull();
    text.setMinHeight("6em");
    text.setPlaceholder(
        "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA");
    text.setHelperText(
        "Checked as you type, with the same parser as the Flink job. THEN NOTIFY \"text\" alerts"
            + " you instead of trading; BUY 10 TSLA ALSO NOTIFY \"text\" does both.");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setValueChangeTimeout(300);
    text.addValueChangeListener(e -> recheck());
    error.setId("rule-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    caret.setId("rule-error-caret");
    caret.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    inputs.setId("rule-inputs");
  }

  private void configureExpires() {
    expires.setId("rule-expires");
    expires.setHelperText(
        "Empty: good till cancelled. The job stops firing the rule from this time on.");
    expires.addValueChangeListener(e -> recheck());
  }

  private void configureButtons() {
    save.setId("rule-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          // Time moves on while the form is open: check the expiry again at the moment of saving.
          recheck();
          if (save.isEnabled()) fireEvent(new SaveEvent(this, rule, text.getValue(), expiresAt()));
        });
    pause.setId("rule-pause");
    pause.addClickListener(
        e -> {
          if (rule != null) fireEvent(new PauseEvent(this, rule, !rule.paused()));
        });
    delete.setId("rule-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    delete.addClickListener(
        e -> {
          if (rule != null) fireEvent(new DeleteEvent(this, rule));
        });
    close.setId("rule-close");
    close.addClickListener(e -> fireEvent(new CloseEvent(this)));
    backtest.setId("rule-backtest");
    backtest.setTooltipText("What this draft would have done over history, before saving it");
    // The draft as typed, saved or not: the backtest dialog checks it and shows any problem.
    backtest.addClickListener(e -> fireEvent(new BacktestEvent(this, rule, text.getValue())));
  }

  /** Shows {@code rule} for editing, or an empty form for a new rule when null. */
  void edit(@Nullable Rule rule) {
    this.rule = rule;
    text.setValue(rule == null ? "" : rule.text());
    Instant stored = rule == null ? null : rule.expiresAt();
    expires.setValue(stored == null ? null : LocalDateTime.ofInstant(stored, ZoneOffset.UTC));
    pause.setText(rule != null && rule.paused() ? "Resume" : "Pause");
    pause.setEnabled(rule != null);
    delete.setEnabled(rule != null);
    recheck();
  }

  @Nullable Rule rule() {
    return rule;
  }

  /** Re-parses the text and updates the error and the inputs list. */
  void recheck() {
    check = RuleCheck.of(text.getValue());
    subjects =
        check.inputs().stream().map(RuleForm::subjectOf).collect(Collectors.toUnmodifiableSet());
    boolean blank = text.getValue().isBlank();
    RuleParseException e = check.error().orElse(null);
    if (e == null || blank) {
      error.setText("");
      caret.setText("");
      text.setInvalid(false);
    } else {
      error.setText(e.getMessage());
      caret.setText(caretLine(text.getValue(), e));
      text.setInvalid(true);
    }
    boolean expiryOk = checkExpiry();
    save.setEnabled(check.valid() && expiryOk);
    refreshInputs();
  }

  /**
   * Shows why the service refused a rule the parser accepts (e.g. the rule cap); the next edit
   * clears it.
   */
  void showProblem(String message) {
    error.setText(message);
  }

  /** The expiry the user chose, or null for good till cancelled. */
  @Nullable Instant expiresAt() {
    LocalDateTime value = expires.getValue();
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** Marks the expiry field invalid when it was changed to a time that is not in the future. */
  private boolean checkExpiry() {
    Instant chosen = expiresAt();
    Instant stored = rule == null ? null : rule.expiresAt();
    boolean ok =
        chosen == null || Objects.equals(chosen, stored) || chosen.isAfter(clock.instant());
    expires.setInvalid(!ok);
    expires.setErrorMessage(
        ok ? null : "The expiry must be in the future (UTC), or empty for good till cancelled.");
    return ok;
  }

  /** Whether the rule being edited reads this ticker or keyword; safe from any thread. */
  boolean reads(String subject) {
    return subjects.contains(subject);
  }

  /**
   * The ticker or keyword of an input key such as {@code avg:TSLA:15m} or {@code
   * sentiment:tesla:5m}.
   */
  static String subjectOf(String inputKey) {
    String[] parts = inputKey.split(":");
    return parts.length > 1 ? parts[1] : inputKey;
  }

  /** Updates the current values of the rule's inputs, e.g. when new aggregates arrive. */
  void refreshInputs() {
    inputs.removeAll();
    for (String key : check.inputs()) {
      OptionalDouble v = inputValue.apply(key);
      String shown =
          v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : "no data yet";
      inputs.add(new ListItem(key + " = " + shown));
    }
  }

  /** The line of {@code text} that holds the error, with a caret under the error's column. */
  static String caretLine(String text, RuleParseException e) {
    String[] lines = text.split("\n", -1);
    String line = lines[Math.min(Math.max(e.line(), 1), lines.length) - 1];
    return line + "\n" + " ".repeat(Math.max(0, Math.min(e.column() - 1, line.length()))) + "^";
  }

  /** Base of the form's events. */
  abstract static class RuleFormEvent extends ComponentEvent<RuleForm> {
    private final @Nullable Rule rule;

    RuleFormEvent(RuleForm source, @Nullable Rule rule) {
      super(source, false);
      this.rule = rule;
    }

    @Nullable Rule rule() {
      return rule;
    }
  }

  /** Save the text and expiry: a new rule when {@link #rule()} is null. */
  static final class SaveEvent extends RuleFormEvent {
    private final String text;
    private final @Nullable Instant expiresAt;

    SaveEvent(RuleForm source, @Nullable Rule rule, String text, @Nullable Instant expiresAt) {
      super(source, rule);
      this.text = text;
      this.expiresAt = expiresAt;
    }

    String text() {
      return text;
    }

    /** The expiry to save; null for good till cancelled. */
    @Nullable Instant expiresAt() {
      return expiresAt;
    }
  }

  /** Backtest the draft {@link #text()} as typed, whether it is saved or not. */
  static final class BacktestEvent extends RuleFormEvent {
    private final String text;

    BacktestEvent(RuleForm source, @Nullable Rule rule, String text) {
      super(source, rule);
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /** Pause ({@code paused} true) or resume the rule. */
  static final class PauseEvent extends RuleFormEvent {
    private final boolean paused;

    PauseEvent(RuleForm source, Rule rule, boolean paused) {
      super(source, rule);
      this.paused = paused;
    }

    boolean paused() {
      return paused;
    }
  }

  static final class DeleteEvent extends RuleFormEvent {
    DeleteEvent(RuleForm source, Rule rule) {
      super(source, rule);
    }
  }

  static final class CloseEvent extends RuleFormEvent {
    CloseEvent(RuleForm source) {
      super(source, null);
    }
  }

  /** Visible to the view, which reacts to the form's events. */
  @Override
  public <T extends ComponentEvent<?>> Registration addListener(
      Class<T> type, ComponentEventListener<T> listener) {
    return super.addListener(type, listener);
  }
}
