package com.tweetrade.web.base;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends one record and waits for the broker's acknowledgement, as every page that writes to Kafka
 * does before it tells the user the change is on its way.
 */
public final class KafkaSend {
  /** Longer than the producer's delivery timeout, so the producer's own error is what we see. */
  static final long WAIT_SECONDS = 15;

  private KafkaSend() {}

  /**
   * Sends {@code record} and waits; if the broker does not take it in time, throws what {@code
   * failure} makes of the message ({@code Kafka did not accept the <what>: <cause>}) and the cause.
   */
  public static void andWait(
      Producer<String, byte[]> producer,
      ProducerRecord<String, byte[]> record,
      String what,
      BiFunction<String, Throwable, ? extends RuntimeException> failure) {
    try {
      producer.send(record).get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure.apply("interrupted while sending the " + what, e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw failure.apply("Kafka did not accept the " + what + ": " + cause, e);
    }
  }
}
