package com.tweetrade.web.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Trade;
import com.tweetrade.web.orders.CancelNotSentException;
import com.tweetrade.web.orders.OpenOrderService;
import com.tweetrade.web.orders.OrderNotOpenException;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.support.GridRows;
import com.tweetrade.web.support.Subscriber;
import com.tweetrade.web.support.TestRules;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Orders page (Karibu, no Spring): the open orders, Cancel, and live re-reads. */
class OrdersViewTest {
  private static final long T = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();
  private static final String LIMIT_RULE = "WHEN price(TSLA) > 0 THEN BUY 10 TSLA AT LIMIT 95 ONCE";
  private static final String STOP_RULE =
      "WHEN price(NVDA) < 130 THEN SELL $1000 OF NVDA AT STOP 120 LIMIT 119.5";

  private final OpenOrderService orders = mock(OpenOrderService.class);
  private final RuleService rules = mock(RuleService.class);
  private final TradeService trades = mock(TradeService.class);
  private final Subscriber<Consumer<Trade>> live = new Subscriber<>();

  private final OpenOrder limit = order("o-limit", "r1", "TSLA", "BUY", "LIMIT", 10, 9_500, 0, T);
  private final OpenOrder stopLimit =
      order("o-stop", "r2", "NVDA", "SELL", "STOP_LIMIT", 0, 11_950, 12_000, T + 60_000);

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(rules.listMine())
        .thenReturn(List.of(TestRules.alices("r1", LIMIT_RULE), TestRules.alices("r2", STOP_RULE)));
    when(trades.subscribeToMyTrades(any())).thenAnswer(live);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private static OpenOrder order(
      String id,
      String ruleId,
      String ticker,
      String side,
      String type,
      long quantity,
      long limitCents,
      long stopCents,
      long placedAt) {
    return new OpenOrder(
        "alice",
        id,
        ruleId,
        ticker,
        side,
        type,
        quantity,
        limitCents,
        stopCents,
        OpenOrder.OPEN,
        placedAt,
        placedAt,
        0);
  }

  private OrdersView open() {
    OrdersView view = new OrdersView(orders, rules, trades);
    UI.getCurrent().add(view);
    return view;
  }

  private static List<List<String>> rows(OrdersView view) {
    return GridRows.formatted(view.grid, 9);
  }

  private static Button cancelButton(OrdersView view, int row) {
    return (Button) GridKt._getCellComponent(view.grid, row, "cancel");
  }

  @Test
  void shouldListTheOpenOrdersWithSizingPricesStatusTimeAndRule() {
    when(orders.openOrders()).thenReturn(List.of(stopLimit, limit));

    OrdersView view = open();

    assertThat(rows(view))
        .containsExactly(
            List.of(
                "NVDA",
                "SELL",
                "STOP-LIMIT",
                OrdersView.AT_FILL,
                "$119.50",
                "$120.00",
                "OPEN",
                "2026-12-07T10:16:00Z",
                STOP_RULE),
            List.of(
                "TSLA",
                "BUY",
                "LIMIT",
                "10",
                "$95.00",
                "—",
                "OPEN",
                "2026-12-07T10:15:00Z",
                LIMIT_RULE));
    assertThat(cancelButton(view, 1).isEnabled()).isTrue();
    assertThat(view.empty.isVisible()).isFalse();
    assertThat(view.message.isVisible()).isFalse();
  }

  @Test
  void shouldSendTheCancelShowItRequestedUntilTheJobTakesTheOrderOff() {
    when(orders.openOrders()).thenReturn(List.of(limit));
    when(orders.cancel("o-limit"))
        .thenReturn(new OrderCommand("alice", "o-limit", "TSLA", T + 1_000));
    OrdersView view = open();

    cancelButton(view, 0).click();

    verify(orders).cancel("o-limit");
    assertThat(GridKt._getFormattedRow(view.grid, 0).get(6)).isEqualTo(OrdersView.CANCEL_REQUESTED);
    assertThat(cancelButton(view, 0).isEnabled()).isFalse();
    assertThat(view.message.isVisible()).isFalse();

    // Still resting at the next poll: still requested.
    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    assertThat(GridKt._getFormattedRow(view.grid, 0).get(6)).isEqualTo(OrdersView.CANCEL_REQUESTED);

    // The job cancelled it: the row is no longer OPEN, so it leaves the list.
    when(orders.openOrders()).thenReturn(List.of());
    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.empty.isVisible()).isTrue();
  }

  @Test
  void shouldSaySoAndKeepTheOrderCancellableWhenKafkaRefusesTheCommand() {
    when(orders.openOrders()).thenReturn(List.of(limit));
    when(orders.cancel("o-limit"))
        .thenThrow(
            new CancelNotSentException(
                "Kafka did not accept the cancel request: timed out", new RuntimeException()));
    OrdersView view = open();

    cancelButton(view, 0).click();

    assertThat(view.message.isVisible()).isTrue();
    assertThat(view.message.getText())
        .isEqualTo(
            "The cancel request could not be sent (Kafka did not accept the cancel request:"
                + " timed out). The order is still open: try again.");
    assertThat(GridKt._getFormattedRow(view.grid, 0).get(6)).isEqualTo("OPEN");
    assertThat(cancelButton(view, 0).isEnabled()).isTrue();
  }

  @Test
  void shouldSayTheOrderIsNoLongerOpenWhenItFilledBeforeTheClick() {
    when(orders.openOrders()).thenReturn(List.of(limit));
    OrdersView view = open();
    when(orders.cancel("o-limit")).thenThrow(new OrderNotOpenException("o-limit"));
    when(orders.openOrders()).thenReturn(List.of());

    cancelButton(view, 0).click();

    assertThat(view.message.getText())
        .isEqualTo("Order o-limit is no longer open: it filled or ended meanwhile.");
    assertThat(GridKt._size(view.grid)).isZero();
  }

  @Test
  void shouldReReadOnTheUsersTradesAndPollWhileOpenAndStopWhenClosed() {
    when(orders.openOrders()).thenReturn(List.of(limit, stopLimit));
    OrdersView view = open();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(OrdersView.POLL_MS);
    assertThat(live.get()).isNotNull();

    // A fill: the trade arrives on a Kafka thread, the page re-reads through ui.access.
    when(orders.openOrders()).thenReturn(List.of(stopLimit));
    live.get()
        .accept(
            new Trade(
                "o-limit",
                "alice",
                "r1",
                "BUY",
                10,
                "TSLA",
                9_480,
                T + 5_000,
                "FILLED",
                "limit 95.00 filled at 94.80",
                Map.of(),
                ""));
    MockVaadin.clientRoundtrip();
    assertThat(rows(view)).extracting(r -> r.get(0)).containsExactly("NVDA");

    UI.getCurrent().remove(view);
    assertThat(live.get()).isNull();
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    verify(orders, never()).cancel(any());
  }
}
