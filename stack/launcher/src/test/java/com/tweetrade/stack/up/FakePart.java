package com.tweetrade.stack.up;

/**
 * A stand-in part for {@link UpCommandIT}: "run" prints its environment and waits, "crash" fails.
 */
public final class FakePart {
  private FakePart() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("crash")) {
      System.out.println("boom: fake part crashing on purpose");
      System.exit(3);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> System.out.println("fake part stopping")));
    System.out.println(
        "fake part running with "
            + String.join(" ", args)
            + " cql="
            + System.getenv("TWEETRADE_CQL"));
    Thread.sleep(Long.MAX_VALUE);
  }
}
