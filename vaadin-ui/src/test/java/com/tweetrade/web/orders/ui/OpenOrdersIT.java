package com.tweetrade.web.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.tables.Tables.OpenOrders;
import com.tweetrade.web.orders.OpenOrderService;
import com.tweetrade.web.orders.OrderNotOpenException;
import com.tweetrade.web.support.KaribuStackIT;
import com.tweetrade.web.support.TestStack;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Orders page in a mocked browser (Karibu) on the real application context, Cassandra and
 * Kafka: the user's own open orders from {@code openorders} as the job writes them, a Cancel click
 * puts the user's {@link OrderCommand} on the real order-commands topic, and another user's order
 * can neither be listed nor cancelled.
 */
class OpenOrdersIT extends KaribuStackIT {
  private static final long T = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();

  @Autowired CqlSession cql;
  @Autowired OpenOrderService service;

  private OrdersView openAs(String user) {
    return openAsUser(user, OrdersView.class, OrdersView.ROUTE);
  }

  @Test
  void shouldListMyOpenOrdersAndPutMyCancelOnTheOrderCommandsTopic() {
    String alice = uniqueUser("alice");
    String bob = uniqueUser("bob");
    writeRow(order(alice, alice + "-limit", "TSLA", OpenOrder.OPEN));
    writeRow(order(alice, alice + "-done", "AAPL", OpenOrder.FILLED));
    writeRow(order(bob, bob + "-limit", "NVDA", OpenOrder.OPEN));

    OrdersView view = openAs(alice);

    assertThat(orderIds(view)).containsExactly(alice + "-limit");
    long before = System.currentTimeMillis();
    ((Button) GridKt._getCellComponent(view.grid, 0, "cancel")).click();

    assertThat(view.message.isVisible()).as(view.message.getText()).isFalse();
    assertThat(GridKt._getFormattedRow(view.grid, 0).get(6)).isEqualTo(OrdersView.CANCEL_REQUESTED);
    List<ConsumerRecord<byte[], byte[]>> sent = commandsOf(alice);
    assertThat(sent).hasSize(1);
    assertThat(new String(sent.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("TSLA");
    OrderCommand command = decode(sent.get(0).value());
    assertThat(command.userId()).isEqualTo(alice);
    assertThat(command.orderId()).isEqualTo(alice + "-limit");
    assertThat(command.ticker()).isEqualTo("TSLA");
    assertThat(command.requestedAt()).isBetween(before, System.currentTimeMillis());

    // The job cancels it and overwrites the row: the next re-read drops it from the list.
    writeRow(order(alice, alice + "-limit", "TSLA", OpenOrder.CANCELLED));
    view.refresh();
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.empty.isVisible()).isTrue();
  }

  @Test
  void shouldNeverSendACancelForAnotherUsersOrderOrOneNoLongerOpen() {
    String alice = uniqueUser("alice");
    String bob = uniqueUser("bob");
    writeRow(order(bob, bob + "-limit", "NVDA", OpenOrder.OPEN));
    writeRow(order(alice, alice + "-filled", "AAPL", OpenOrder.FILLED));

    signInAs(alice, "USER");
    assertThat(service.openOrders()).isEmpty();
    assertThatThrownBy(() -> service.cancel(bob + "-limit"))
        .isInstanceOf(OrderNotOpenException.class);
    assertThatThrownBy(() -> service.cancel(alice + "-filled"))
        .isInstanceOf(OrderNotOpenException.class);

    assertThat(commandsOf(alice)).isEmpty();
    assertThat(TestStack.stack().readToEnd(TestStack.orderCommandsTopic(), false))
        .map(r -> decode(r.value()).orderId())
        .doesNotContain(bob + "-limit", alice + "-filled");
  }

  private static OpenOrder order(String user, String id, String ticker, String status) {
    return new OpenOrder(
        user, id, "rule-" + user, ticker, "BUY", "LIMIT", 10, 9_500, 0, status, T, T, 0);
  }

  /** The row as the job's sink writes it (flink-job {@code OpenOrderRowFunction}). */
  private void writeRow(OpenOrder o) {
    cql.execute(
        cql.prepare(OpenOrders.TABLE.insert(null))
            .bind(
                o.userId(),
                o.orderId(),
                o.ruleId(),
                o.ticker(),
                o.side(),
                o.type(),
                o.quantity(),
                o.limitCents(),
                o.stopCents(),
                o.status(),
                Instant.ofEpochMilli(o.placedAt()),
                Instant.ofEpochMilli(o.updatedAt()),
                o.fillPriceCents()));
  }

  private static List<String> orderIds(OrdersView view) {
    return IntStream.range(0, GridKt._size(view.grid))
        .mapToObj(i -> GridKt._get(view.grid, i).orderId())
        .toList();
  }

  private static OrderCommand decode(byte[] value) {
    try {
      return JsonCodec.ORDER_COMMAND.decode(value);
    } catch (MalformedEventException e) {
      throw new AssertionError("not an OrderCommand on the topic", e);
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> commandsOf(String user) {
    return TestStack.stack().readToEnd(TestStack.orderCommandsTopic(), false).stream()
        .filter(r -> decode(r.value()).userId().equals(user))
        .toList();
  }
}
