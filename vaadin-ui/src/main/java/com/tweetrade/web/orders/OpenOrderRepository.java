package com.tweetrade.web.orders;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.tables.Tables.OpenOrders;
import com.tweetrade.web.base.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Reads the job's {@code openorders} table: one row per resting order of a user, overwritten on
 * every change (OPEN, then FILLED, CANCELLED or EXPIRED). The UI never writes it: only the job's
 * order book decides an order's state.
 */
@Repository
public class OpenOrderRepository {
  private final CqlSession session;
  private final PreparedStatement ofUser;
  private final PreparedStatement one;

  public OpenOrderRepository(CqlSession session) {
    this.session = session;
    ofUser = session.prepare(OpenOrders.TABLE.selectWhere(null, OpenOrders.USER_ID));
    one =
        session.prepare(
            OpenOrders.TABLE.selectWhere(null, OpenOrders.USER_ID, OpenOrders.ORDER_ID));
  }

  /** Every order row of {@code userId}, whatever its status, in order id order. */
  public List<OpenOrder> ofUser(String userId) {
    List<OpenOrder> orders = new ArrayList<>();
    for (Row row : session.execute(ofUser.bind(userId))) orders.add(toOrder(row));
    return orders;
  }

  /** {@code userId}'s order {@code orderId}; empty when that user has no such order. */
  public Optional<OpenOrder> find(String userId, String orderId) {
    Row row = session.execute(one.bind(userId, orderId)).one();
    return row == null ? Optional.empty() : Optional.of(toOrder(row));
  }

  private static OpenOrder toOrder(Row row) {
    return new OpenOrder(
        row.getString(OpenOrders.USER_ID),
        row.getString(OpenOrders.ORDER_ID),
        Rows.text(row, OpenOrders.RULE_ID),
        Rows.text(row, OpenOrders.TICKER),
        Rows.text(row, OpenOrders.SIDE),
        Rows.text(row, OpenOrders.TYPE),
        row.getLong(OpenOrders.QUANTITY),
        row.getLong(OpenOrders.LIMIT_CENTS),
        row.getLong(OpenOrders.STOP_CENTS),
        Rows.text(row, OpenOrders.STATUS),
        Rows.millis(row, OpenOrders.PLACED_AT),
        Rows.millis(row, OpenOrders.UPDATED_AT),
        row.getLong(OpenOrders.FILL_PRICE_CENTS));
  }
}
