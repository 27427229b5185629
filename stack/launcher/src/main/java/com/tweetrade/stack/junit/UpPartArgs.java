package com.tweetrade.stack.junit;

import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.up.LiveSources;
import com.tweetrade.stack.up.PartSpec;
import java.util.List;
import java.util.Map;

/**
 * The args {@code up} gives a part (a module's {@code tweetrade-part.properties}), for that part's
 * tests of what {@code up} starts, without starting anything.
 */
public final class UpPartArgs {
  private UpPartArgs() {}

  /**
   * The args of part {@code name} under {@code up} ({@code up --live} when {@code live}), with the
   * live sources {@code up} would choose for {@code env} and the endpoint overrides (null = none)
   * filled in.
   */
  public static List<String> of(
      String name,
      boolean live,
      Map<String, String> env,
      String quoteEndpoint,
      String jetstreamEndpoint) {
    PartSpec part =
        PartSpec.scan(ProjectRoot.find()).stream()
            .filter(p -> p.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no part named " + name));
    return part.resolvedArgs(
        live, LiveSources.choose(live, env, quoteEndpoint, jetstreamEndpoint).placeholders());
  }
}
