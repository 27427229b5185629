package com.tweetrade.stack.up;

import java.util.Arrays;
import java.util.List;

/** Flags every Flink JVM on Java 17 needs (Flink's own env.java.opts.all default). */
public final class FlinkJvmOptions {
  /**
   * Copy of the root pom's property {@code flink.jvm.opens} (Flink's own env.java.opts.all
   * default); {@code FlinkJvmOptionsTest} fails when the two drift apart.
   */
  public static final String OPENS =
      "--add-exports=java.base/sun.net.util=ALL-UNNAMED"
          + " --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"
          + " --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED"
          + " --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED"
          + " --add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED"
          + " --add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED"
          + " --add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED"
          + " --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED"
          + " --add-opens=java.base/java.lang=ALL-UNNAMED"
          + " --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"
          + " --add-opens=java.base/java.nio=ALL-UNNAMED"
          + " --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
          + " --add-opens=java.base/java.lang.reflect=ALL-UNNAMED"
          + " --add-opens=java.base/java.text=ALL-UNNAMED"
          + " --add-opens=java.base/java.time=ALL-UNNAMED"
          + " --add-opens=java.base/java.util=ALL-UNNAMED"
          + " --add-opens=java.base/java.util.concurrent=ALL-UNNAMED"
          + " --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED"
          + " --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED";

  private FlinkJvmOptions() {}

  /** {@link #OPENS} as separate arguments. */
  public static List<String> asArgs() {
    return Arrays.asList(OPENS.split(" "));
  }
}
