package com.tweetrade.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The TweeTrade project root, as model's {@link com.tweetrade.model.settings.ProjectRoot} finds it
 * (the one implementation; this is the stack's name for it, used by tools and tests built on the
 * stack).
 */
public final class ProjectRoot {
  /** The file that marks the root. */
  public static final String MARKER = com.tweetrade.model.settings.ProjectRoot.MARKER;

  private ProjectRoot() {}

  /** The root, or an exception that says where it looked. */
  public static Path find() {
    return com.tweetrade.model.settings.ProjectRoot.find();
  }

  /** The closest directory at or above {@code start} that holds the marker file. */
  public static Optional<Path> walkUp(Path start) {
    return com.tweetrade.model.settings.ProjectRoot.walkUp(start);
  }
}
