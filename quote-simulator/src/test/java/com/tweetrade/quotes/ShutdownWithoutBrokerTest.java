package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 12: a simulator stopped while its broker is unreachable ends within the sink's
 * bounded close instead of hanging in send or flush.
 */
class ShutdownWithoutBrokerTest {
  /** The sink's bound, the loop's short wait on either side of it, and slack for a busy machine. */
  private static final Duration BOUND = KafkaQuoteSink.CLOSE_TIMEOUT.plusSeconds(8);

  @Test
  void shouldEndWithinTheBoundWhenTheBrokerIsGone() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort(); // nothing listens there once this closes
    }
    KafkaQuoteSink sink =
        new KafkaQuoteSink(
            KafkaQuoteSink.producerConfig("127.0.0.1:" + closedPort, Map.of()), "quotes");
    QuoteGenerator generator = ProducerTest.generator(List.of("AAPL", "MSFT"), 1_000_000L, 7);
    Producer producer = new Producer(generator, null, sink, -1, null);
    Thread loop = new Thread(producer, "quote-loop");
    loop.start();
    Thread.sleep(1_500); // the loop is now blocked in send, waiting for metadata no broker gives

    long start = System.nanoTime();
    producer.close();
    loop.join(BOUND.toMillis());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(loop.isAlive()).as("loop still running after %s", took).isFalse();
    assertThat(took).isLessThan(BOUND);
    assertThat(sink.unacknowledged()).isZero();
  }
}
