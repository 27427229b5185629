package com.tweetrade.web.orders.ui;

import com.tweetrade.model.OpenOrder;
import com.tweetrade.web.base.ui.CoalescedAccess;
import com.tweetrade.web.orders.CancelNotSentException;
import com.tweetrade.web.orders.OpenOrderService;
import com.tweetrade.web.orders.OrderNotOpenException;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.rules.RuleTexts;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The user's orders resting in the job's order book (limit, stop, stop-limit, bracket exits), with
 * Cancel. The job writes the {@code openorders} rows and sends nothing on Kafka when they change,
 * so the page re-reads them every {@link #POLL_MS} ms while open, and at once on each of the user's
 * trades (a fill).
 *
 * <p>A cancel is a request: the row shows "cancel requested" until the job changes its status, and
 * leaves the list then (CANCELLED, or FILLED when a quote got there first).
 */
@Route(OrdersView.ROUTE)
@PageTitle("Orders | TweeTrade")
@Menu(order = 1.5, title = "Orders")
@PermitAll
class OrdersView extends VerticalLayout {
  static final String ROUTE = "orders";
  static final String CANCEL_REQUESTED = "cancel requested";
  static final String AT_FILL = "at fill";
  static final int POLL_MS = 2_000;

  final Grid<OpenOrder> grid = new Grid<>(OpenOrder.class, false);
  final Span message = new Span();
  final Span empty =
      new Span(
          "No open orders. A rule such as WHEN price(TSLA) < 200 THEN BUY 10 TSLA AT LIMIT 195"
              + " places one that rests here until the market reaches it.");

  private final OpenOrderService orders;
  private final TradeService trades;
  private final RuleTexts ruleTexts;

  /** Orders this page asked to cancel that the job has not yet taken off the book. */
  private final Set<String> cancelRequested = new HashSet<>();

  private final List<Registration> registrations = new ArrayList<>();
  private @Nullable Runnable tradeSubscription;

  OrdersView(OpenOrderService orders, RuleService rules, TradeService trades) {
    this.orders = orders;
    this.ruleTexts = new RuleTexts(rules);
    this.trades = trades;
    setWidthFull();
    configureGrid();
    message.setId("orders-message");
    message.getStyle().set("color", "var(--lumo-error-text-color)");
    message.setVisible(false);
    empty.setId("orders-empty");
    add(message, empty, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("open-orders");
    grid.addColumn(OpenOrder::ticker).setHeader("Ticker").setAutoWidth(true);
    grid.addColumn(OpenOrder::side).setHeader("Side").setAutoWidth(true);
    grid.addColumn(o -> o.type().replace('_', '-')).setHeader("Type").setAutoWidth(true);
    grid.addColumn(o -> o.quantity() > 0 ? Long.toString(o.quantity()) : AT_FILL)
        .setHeader("Qty")
        .setAutoWidth(true)
        .setTooltipGenerator(
            o -> o.quantity() > 0 ? "" : "sized when it fills (an amount, equity or bracket exit)");
    grid.addColumn(o -> dollars(o.limitCents())).setHeader("Limit").setAutoWidth(true);
    grid.addColumn(o -> dollars(o.stopCents())).setHeader("Stop").setAutoWidth(true);
    grid.addColumn(o -> cancelRequested.contains(o.orderId()) ? CANCEL_REQUESTED : o.status())
        .setHeader("Status")
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(o -> Instant.ofEpochMilli(o.placedAt()).toString())
        .setHeader("Placed at")
        .setAutoWidth(true);
    grid.addColumn(o -> ruleTexts.of(o.ruleId()))
        .setHeader("Rule")
        .setFlexGrow(3)
        .setTooltipGenerator(OpenOrder::orderId);
    grid.addComponentColumn(this::cancelButton).setHeader("").setKey("cancel").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
  }

  private Component cancelButton(OpenOrder order) {
    Button cancel = new Button("Cancel", e -> cancel(order));
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    cancel.setId("cancel-" + order.orderId());
    cancel.setEnabled(!cancelRequested.contains(order.orderId()));
    return cancel;
  }

  void cancel(OpenOrder order) {
    try {
      // The service sends the command as the signed-in user, for an id found in their rows only.
      orders.cancel(order.orderId());
      cancelRequested.add(order.orderId());
      showMessage("");
    } catch (OrderNotOpenException e) {
      showMessage("Order " + order.orderId() + " is no longer open: it filled or ended meanwhile.");
    } catch (CancelNotSentException e) {
      showMessage(
          "The cancel request could not be sent ("
              + e.getMessage()
              + "). The order is still open: try again.");
    }
    refresh();
  }

  /** Re-reads the open orders; a request the job has carried out is forgotten. */
  void refresh() {
    List<OpenOrder> open = orders.openOrders();
    cancelRequested.retainAll(open.stream().map(OpenOrder::orderId).toList());
    ruleTexts.readIfUnknown(open.stream().map(OpenOrder::ruleId).toList());
    grid.setItems(open);
    empty.setVisible(open.isEmpty());
  }

  private void showMessage(String text) {
    message.setText(text);
    message.setVisible(!text.isEmpty());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    ui.setPollInterval(POLL_MS);
    registrations.add(ui.addPollListener(e -> refresh()));
    // Runs on a Kafka thread: re-read inside ui.access, at most one queued.
    CoalescedAccess onTrade = new CoalescedAccess(ui, this::refresh);
    tradeSubscription = trades.subscribeToMyTrades(trade -> onTrade.signal());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    registrations.forEach(Registration::remove);
    registrations.clear();
    event.getUI().setPollInterval(-1);
    if (tradeSubscription != null) tradeSubscription.run();
    tradeSubscription = null;
  }

  private static String dollars(long cents) {
    return cents == 0 ? "—" : String.format(Locale.ROOT, "$%,.2f", cents / 100.0);
  }
}
