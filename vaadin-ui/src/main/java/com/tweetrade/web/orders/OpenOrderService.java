package com.tweetrade.web.orders;

import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.web.base.CurrentUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The caller's resting orders and their cancellation.
 *
 * <p>Every method serves the caller ({@link CurrentUser}) only: the list reads the caller's own
 * partition of {@code openorders}, and a cancel request is sent only for an order found there,
 * still OPEN, always with the caller as {@link OrderCommand#userId()}. The job checks ownership
 * again and ignores anything else; the UI refuses first so that a user never sends a command for an
 * id that is not theirs.
 */
@Service
public class OpenOrderService {
  private final OpenOrderRepository repository;
  private final OrderCommandPublisher publisher;
  private final CurrentUser currentUser;
  private final Clock clock;

  public OpenOrderService(
      OpenOrderRepository repository,
      OrderCommandPublisher publisher,
      CurrentUser currentUser,
      Clock clock) {
    this.repository = repository;
    this.publisher = publisher;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The caller's orders still resting in the job's book, newest placed first. */
  public List<OpenOrder> openOrders() {
    return repository.ofUser(currentUser.require()).stream()
        .filter(o -> OpenOrder.OPEN.equals(o.status()))
        .sorted(
            Comparator.comparingLong(OpenOrder::placedAt)
                .reversed()
                .thenComparing(OpenOrder::orderId))
        .toList();
  }

  /**
   * Asks the job to cancel the caller's resting order {@code orderId}; the row turns CANCELLED when
   * the job has done it (a fill that gets there first wins).
   *
   * @return the command sent
   * @throws OrderNotOpenException when the caller has no such order still OPEN
   * @throws CancelNotSentException when Kafka does not take the command
   */
  public OrderCommand cancel(String orderId) {
    String me = currentUser.require();
    OpenOrder order =
        repository
            .find(me, orderId)
            .filter(o -> OpenOrder.OPEN.equals(o.status()))
            .orElseThrow(() -> new OrderNotOpenException(orderId));
    OrderCommand command = new OrderCommand(me, order.orderId(), order.ticker(), clock.millis());
    publisher.publish(command);
    return command;
  }
}
