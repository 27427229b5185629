package com.tweetrade.web.notifications.ui;

import com.tweetrade.model.Alert;
import com.tweetrade.model.Trade;
import com.tweetrade.web.notifications.NotificationService;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.rules.RuleTexts;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The alerts of the user's NOTIFY rules, newest first: when, which rule, the text, and the trade an
 * ALSO NOTIFY alert follows. New alerts appear while the page is open; "Mark all read" clears the
 * header's badge.
 */
@Route(NotificationsView.ROUTE)
@PageTitle("Notifications | TweeTrade")
@Menu(order = 2, title = "Notifications")
@PermitAll
class NotificationsView extends VerticalLayout {
  static final String ROUTE = "notifications";
  static final String NEW = "new";

  final Grid<Alert> grid = new Grid<>(Alert.class, false);
  final Button markAllRead = new Button("Mark all read");
  final Span empty =
      new Span(
          "No notifications today or yesterday. A rule such as"
              + " WHEN price(TSLA) < 200 THEN NOTIFY \"TSLA under $200\" raises one.");
  @Nullable TradeDialog tradeDialog;

  private final NotificationService notifications;
  private final TradeService trades;
  private final RuleTexts ruleTexts;
  private final List<Alert> shown = new ArrayList<>();
  private long seenUntil;
  private @Nullable Runnable subscription;

  NotificationsView(NotificationService notifications, RuleService rules, TradeService trades) {
    this.notifications = notifications;
    this.ruleTexts = new RuleTexts(rules);
    this.trades = trades;
    setWidthFull();
    configureGrid();
    markAllRead.setId("mark-all-read");
    markAllRead.addClickListener(e -> markAllRead());
    empty.setId("notifications-empty");
    HorizontalLayout toolbar = new HorizontalLayout(markAllRead);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(toolbar, empty, grid);
    load();
  }

  private void configureGrid() {
    grid.setId("notifications");
    grid.addColumn(a -> a.eventTime() > seenUntil ? NEW : "").setHeader("").setAutoWidth(true);
    grid.addColumn(a -> Instant.ofEpochMilli(a.eventTime()).toString())
        .setHeader("Time")
        .setAutoWidth(true);
    grid.addColumn(Alert::text).setHeader("Alert").setFlexGrow(2);
    grid.addColumn(a -> ruleTexts.of(a.ruleId()))
        .setHeader("Rule")
        .setFlexGrow(3)
        .setTooltipGenerator(a -> a.ruleId());
    grid.addComponentColumn(this::tradeLink).setHeader("Trade").setKey("trade").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
  }

  /** A button that shows the trade an ALSO NOTIFY alert follows; nothing for alert-only rules. */
  private Component tradeLink(Alert alert) {
    if (alert.alertOnly()) return new Span("—");
    Button show = new Button("Show trade", e -> showTrade(alert));
    show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    return show;
  }

  void showTrade(Alert alert) {
    tradeDialog =
        new TradeDialog(alert, trades.trade(alert.eventTime(), alert.tradeId()).orElse(null));
    tradeDialog.open();
  }

  private void load() {
    ruleTexts.reload();
    seenUntil = notifications.seenUntil();
    shown.clear();
    shown.addAll(notifications.recent());
    refreshGrid();
  }

  private void refreshGrid() {
    grid.setItems(shown);
    empty.setVisible(shown.isEmpty());
    markAllRead.setEnabled(shown.stream().anyMatch(a -> a.eventTime() > seenUntil));
  }

  void markAllRead() {
    notifications.markAllRead();
    load();
  }

  /** A new alert, at the top (a repeat of one shown replaces it). */
  void show(Alert alert) {
    shown.removeIf(a -> a.id().equals(alert.id()));
    shown.add(0, alert);
    ruleTexts.readIfUnknown(List.of(alert.ruleId()));
    refreshGrid();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    // Runs on a Kafka thread: touch components only inside ui.access.
    subscription = notifications.subscribeToMine(alert -> ui.access(() -> show(alert)));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (subscription != null) subscription.run();
    subscription = null;
  }

  /** The trade an alert follows, as the dashboard shows trades. */
  static final class TradeDialog extends Dialog {
    final Span details = new Span();

    TradeDialog(Alert alert, @Nullable Trade trade) {
      setHeaderTitle("Trade " + alert.tradeId());
      details.setId("trade-details");
      details.setText(trade == null ? "This trade is not stored (yet)." : describe(trade));
      add(details);
      getFooter().add(new Button("Close", e -> close()));
    }

    static String describe(Trade t) {
      String reason = t.reason() == null || t.reason().isEmpty() ? "" : ": " + t.reason();
      return String.format(
          Locale.ROOT,
          "%s %d %s at $%,.2f · %s%s · %s",
          t.side(),
          t.quantity(),
          t.ticker(),
          t.priceCents() / 100.0,
          t.status(),
          reason,
          Instant.ofEpochMilli(t.eventTime()));
    }
  }
}
