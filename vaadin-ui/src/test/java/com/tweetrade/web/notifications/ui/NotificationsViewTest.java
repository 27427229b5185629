package com.tweetrade.web.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.model.Alert;
import com.tweetrade.model.Trade;
import com.tweetrade.web.notifications.NotificationService;
import com.tweetrade.web.rules.RuleService;
import com.tweetrade.web.support.GridRows;
import com.tweetrade.web.support.Subscriber;
import com.tweetrade.web.support.TestRules;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notifications list (Karibu, no Spring): newest first, unread marked, live, the trade. */
class NotificationsViewTest {
  private static final long T = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();
  private static final String ALERT_RULE = "WHEN price(TSLA) < 200 THEN NOTIFY \"TSLA under 200\"";
  private static final String TRADE_RULE =
      "WHEN price(TSLA) < 190 THEN BUY 2 TSLA ALSO NOTIFY \"bought TSLA\"";

  private final NotificationService notifications = mock(NotificationService.class);
  private final RuleService rules = mock(RuleService.class);
  private final TradeService trades = mock(TradeService.class);
  private final Subscriber<Consumer<Alert>> live = new Subscriber<>();

  private final Alert older = new Alert("a1", "alice", "r1", "TSLA under 200", "", T);
  private final Alert newer = new Alert("t1", "alice", "r2", "bought TSLA", "t1", T + 60_000);

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(rules.listMine())
        .thenReturn(
            List.of(TestRules.alices("r1", ALERT_RULE), TestRules.alices("r2", TRADE_RULE)));
    when(notifications.subscribeToMine(any())).thenAnswer(live);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private NotificationsView open() {
    NotificationsView view = new NotificationsView(notifications, rules, trades);
    UI.getCurrent().add(view);
    return view;
  }

  private static List<List<String>> rows(NotificationsView view) {
    return GridRows.formatted(view.grid, 4);
  }

  @Test
  void shouldListNewestFirstWithTheRuleTheTextTheTimeAndWhatIsUnread() {
    when(notifications.recent()).thenReturn(List.of(newer, older));
    when(notifications.seenUntil()).thenReturn(T); // the older one was read

    NotificationsView view = open();

    assertThat(rows(view))
        .containsExactly(
            List.of(NotificationsView.NEW, "2026-12-07T10:16:00Z", "bought TSLA", TRADE_RULE),
            List.of("", "2026-12-07T10:15:00Z", "TSLA under 200", ALERT_RULE));
    assertThat(view.markAllRead.isEnabled()).isTrue();
    assertThat(view.empty.isVisible()).isFalse();
  }

  @Test
  void shouldMarkAllReadAndShowThemRead() {
    when(notifications.recent()).thenReturn(List.of(newer, older));
    when(notifications.seenUntil()).thenReturn(0L);
    NotificationsView view = open();
    doAnswer(
            call -> {
              when(notifications.seenUntil()).thenReturn(newer.eventTime());
              return null;
            })
        .when(notifications)
        .markAllRead();

    view.markAllRead.click();

    verify(notifications).markAllRead();
    assertThat(rows(view)).extracting(r -> r.get(0)).containsOnly("");
    assertThat(view.markAllRead.isEnabled()).isFalse();
  }

  @Test
  void shouldPutANewAlertOnTopWhileOpen() {
    when(notifications.recent()).thenReturn(List.of(older));
    when(notifications.seenUntil()).thenReturn(T);
    NotificationsView view = open();
    assertThat(view.markAllRead.isEnabled()).isFalse();

    // As the Kafka thread delivers it: through ui.access.
    live.get().accept(newer);
    MockVaadin.clientRoundtrip();

    assertThat(rows(view))
        .extracting(r -> r.get(2))
        .containsExactly("bought TSLA", "TSLA under 200");
    assertThat(rows(view).get(0).get(0)).isEqualTo(NotificationsView.NEW);
    assertThat(view.markAllRead.isEnabled()).isTrue();
  }

  @Test
  void shouldStopFollowingWhenClosed() {
    when(notifications.recent()).thenReturn(List.of());
    NotificationsView view = open();
    assertThat(live.get()).isNotNull();

    UI.getCurrent().remove(view);

    assertThat(live.get()).isNull();
  }

  @Test
  void shouldShowTheTradeAnAlertFollowsAndNothingForAnAlertOnlyRule() {
    when(notifications.recent()).thenReturn(List.of(newer, older));
    Trade trade =
        new Trade(
            "t1",
            "alice",
            "r2",
            "BUY",
            2,
            "TSLA",
            18_000,
            newer.eventTime(),
            "FILLED",
            "",
            Map.of("price:TSLA", 180.0),
            "");
    when(trades.trade(newer.eventTime(), "t1")).thenReturn(Optional.of(trade));
    NotificationsView view = open();

    ((Button) GridKt._getCellComponent(view.grid, 0, "trade")).click();

    assertThat(view.tradeDialog).isNotNull();
    assertThat(view.tradeDialog.isOpened()).isTrue();
    assertThat(view.tradeDialog.details.getText())
        .isEqualTo("BUY 2 TSLA at $180.00 · FILLED · 2026-12-07T10:16:00Z");
    assertThat(GridKt._getCellComponent(view.grid, 1, "trade"))
        .isInstanceOfSatisfying(Span.class, s -> assertThat(s.getText()).isEqualTo("—"));
  }

  @Test
  void shouldSayWhatRaisesANotificationWhenThereIsNone() {
    when(notifications.recent()).thenReturn(List.of());

    NotificationsView view = open();

    assertThat(view.empty.isVisible()).isTrue();
    assertThat(view.empty.getText()).contains("THEN NOTIFY");
    assertThat(view.markAllRead.isEnabled()).isFalse();
  }
}
