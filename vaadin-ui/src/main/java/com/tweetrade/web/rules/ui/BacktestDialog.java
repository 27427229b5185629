package com.tweetrade.web.rules.ui;

import com.tweetrade.web.backtest.BacktestListener;
import com.tweetrade.web.backtest.BacktestRefusedException;
import com.tweetrade.web.backtest.BacktestRequest;
import com.tweetrade.web.backtest.BacktestResult;
import com.tweetrade.web.backtest.BacktestService;
import com.tweetrade.web.backtest.BacktestSource;
import com.tweetrade.web.base.ui.ChartParts;
import com.tweetrade.web.base.ui.EChart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.Command;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Backtests the editor's draft (saved or not): range, source and capital, then Run; progress while
 * the command runs in the background (server push), then the summary, the equity curve with its
 * drawdown and the trades with their explanations. Cancel stops the run; closing the dialog or
 * leaving the page does too, so no backtest outlives the page that asked for it.
 */
class BacktestDialog extends Dialog {
  static final double DEFAULT_CAPITAL = 100_000;

  final Pre draft = new Pre();
  final Select<BacktestSource> source = new Select<>();
  final DatePicker from = new DatePicker("From (UTC)");
  final DatePicker to = new DatePicker("To (UTC, included)");
  final NumberField capital = new NumberField("Capital ($)");
  final Button run = new Button("Run");
  final Button cancel = new Button("Cancel");
  final Button close = new Button("Close");
  final ProgressBar working = new ProgressBar();
  final Div progress = new Div();
  final Div message = new Div();
  final Div summary = new Div();
  final EChart equityChart = new EChart();
  final Grid<BacktestResult.TradeRow> trades = new Grid<>();

  private final BacktestService service;
  private final String ruleText;
  private final LocalDate today;
  private BacktestService.@Nullable Run current;

  BacktestDialog(BacktestService service, String ruleText, Clock clock) {
    this.service = service;
    this.ruleText = ruleText;
    this.today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    setHeaderTitle("Backtest");
    setWidth("72em");
    setId("backtest-dialog");
    draft.setText(ruleText);
    draft.setId("backtest-rule");
    draft.getStyle().set("white-space", "pre-wrap").set("margin", "0");
    configureInputs();
    configureResults();
    HorizontalLayout inputs = new HorizontalLayout(source, from, to, capital);
    inputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(draft, inputs, working, progress, message, summary, equityChart, trades);
    getFooter().add(run, cancel, close);
    addDetachListener(e -> stop());
    addOpenedChangeListener(
        e -> {
          if (!e.isOpened()) stop();
        });
    showRunning(false);
  }

  private void configureInputs() {
    source.setId("backtest-source");
    source.setLabel("History");
    source.setWidth("24em");
    source.setItems(BacktestSource.values());
    source.setItemLabelGenerator(BacktestSource::label);
    source.addValueChangeListener(
        e -> {
          // Each source has its own span of data: start from the whole of it.
          from.setValue(e.getValue().defaultFrom(today));
          to.setValue(e.getValue().defaultTo(today));
        });
    source.setValue(BacktestSource.STOCKNET);
    from.setId("backtest-from");
    to.setId("backtest-to");
    capital.setId("backtest-capital");
    capital.setValue(DEFAULT_CAPITAL);
    capital.setMin(1);
    run.setId("backtest-run");
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    run.addClickListener(e -> start());
    cancel.setId("backtest-cancel");
    cancel.addClickListener(e -> stop());
    close.setId("backtest-close");
    close.addClickListener(e -> close());
  }

  private void configureResults() {
    working.setIndeterminate(true);
    progress.setId("backtest-progress");
    message.setId("backtest-message");
    message.getStyle().set("color", "var(--lumo-error-text-color)");
    summary.setId("backtest-summary");
    equityChart.setId("backtest-equity");
    equityChart.setVisible(false);
    trades.setId("backtest-trades");
    trades.setHeight("18em");
    trades.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    trades.addColumn(t -> t.time().toString()).setHeader("Time (UTC)").setAutoWidth(true);
    trades.addColumn(BacktestResult.TradeRow::side).setHeader("Side").setAutoWidth(true);
    trades.addColumn(BacktestResult.TradeRow::quantity).setHeader("Qty").setAutoWidth(true);
    trades.addColumn(BacktestResult.TradeRow::ticker).setHeader("Ticker").setAutoWidth(true);
    trades.addColumn(t -> String.format(Locale.ROOT, "$%,.2f", t.price())).setHeader("Price");
    trades.addColumn(BacktestResult.TradeRow::status).setHeader("Status").setAutoWidth(true);
    trades.addColumn(BacktestResult.TradeRow::explanation).setHeader("Why").setFlexGrow(3);
    trades.setVisible(false);
  }

  /** Checks the request and starts it; a refusal is shown and nothing runs. */
  private void start() {
    clearResults();
    BacktestRequest request =
        new BacktestRequest(
            ruleText, source.getValue(), from.getValue(), to.getValue(), capital.getValue());
    UI ui = UI.getCurrent();
    try {
      current = service.start(request, new PushToView(ui));
      progress.setText("Starting…");
      showRunning(true);
    } catch (BacktestRefusedException e) {
      message.setText(e.getMessage());
    }
  }

  private void stop() {
    BacktestService.Run run = current;
    if (run != null) run.cancel();
  }

  private void clearResults() {
    message.setText("");
    summary.setText("");
    equityChart.setVisible(false);
    trades.setItems(List.of());
    trades.setVisible(false);
  }

  private void showRunning(boolean running) {
    run.setEnabled(!running);
    cancel.setEnabled(running);
    working.setVisible(running);
  }

  private void show(BacktestResult result) {
    summary.setText(summary(result.summary()));
    equityChart.setOption(equityOption(result.equity()));
    equityChart.setVisible(true);
    trades.setItems(result.trades());
    trades.setVisible(true);
    if (result.trades().isEmpty()) message.setText("The rule did not fire in this range.");
  }

  static String summary(BacktestResult.Summary s) {
    return String.format(
        Locale.ROOT,
        "Trades %d (filled %d, rejected %d) · Win rate %s · End equity $%,.2f · Return %.2f%%"
            + " · Max drawdown %.2f%% · Sharpe (daily) %.2f · Exposure %.0f%%",
        s.trades(),
        s.filled(),
        s.rejected(),
        s.winRate() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", s.winRate() * 100),
        s.endEquity(),
        s.totalReturn() * 100,
        s.maxDrawdown() * 100,
        s.sharpeDaily(),
        s.exposure() * 100);
  }

  /** Equity in dollars (left axis) and drawdown in percent (right axis, downwards) by day. */
  static Map<String, Object> equityOption(List<BacktestResult.Day> days) {
    List<List<Object>> equity = new ArrayList<>();
    List<List<Object>> drawdown = new ArrayList<>();
    for (BacktestResult.Day d : days) {
      equity.add(List.of(d.day().toString(), d.equity()));
      drawdown.add(List.of(d.day().toString(), Math.round(d.drawdown() * 10_000) / 100.0));
    }
    Map<String, Object> option =
        ChartParts.timeChart(
            Map.of("bottom", 0), Map.of("left", 70, "right", 60, "top", 20, "bottom", 50));
    option.put(
        "yAxis",
        List.of(
            Map.of("type", "value", "name", "equity ($)", "scale", true),
            Map.of("type", "value", "name", "drawdown (%)", "inverse", true)));
    Map<String, Object> drawdownLine = ChartParts.line("drawdown (%)", drawdown);
    drawdownLine.put("yAxisIndex", 1);
    drawdownLine.put("areaStyle", Map.of("opacity", 0.3));
    option.put("series", List.of(ChartParts.line("equity ($)", equity), drawdownLine));
    return option;
  }

  /** The run's reports arrive on its own thread: apply them inside {@code ui.access}. */
  private final class PushToView implements BacktestListener {
    private final UI ui;

    PushToView(UI ui) {
      this.ui = ui;
    }

    @Override
    public void progress(String line) {
      apply(() -> progress.setText(line));
    }

    @Override
    public void finished(BacktestResult result) {
      apply(
          () -> {
            ended("Done.");
            show(result);
          });
    }

    @Override
    public void failed(String problem) {
      apply(
          () -> {
            ended("");
            message.setText(problem);
          });
    }

    @Override
    public void cancelled() {
      apply(() -> ended("Cancelled."));
    }

    private void apply(Command update) {
      try {
        ui.access(update);
      } catch (UIDetachedException e) {
        // The page is gone (closed or signed out): nobody is left to show it to.
      }
    }

    private void ended(String text) {
      current = null;
      progress.setText(text);
      showRunning(false);
    }
  }
}
