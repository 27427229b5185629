package com.tweetrade.job.cluster;

/**
 * A stand-in part for {@code up --cluster}: prints the arguments and the shared settings it was
 * given, then waits to be stopped.
 */
public final class EchoPart {
  private EchoPart() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("echo-part args " + String.join(" ", args));
    System.out.println("echo-part env kafka=" + System.getenv("TWEETRADE_KAFKA_BOOTSTRAP"));
    System.out.println("echo-part env cql=" + System.getenv("TWEETRADE_CQL"));
    Thread.sleep(Long.MAX_VALUE);
  }
}
