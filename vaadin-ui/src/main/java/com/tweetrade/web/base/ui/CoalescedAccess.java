package com.tweetrade.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a view update in {@code ui.access} at most once per burst: signals that arrive while one is
 * queued merge into it.
 *
 * <p>Under {@code bin/tweetrade up} the aggregates topic carries thousands of records a minute
 * (every ticker's windows); one {@code ui.access} per record queued more work than the session lock
 * could run, and a dashboard never finished loading. With this, a view has at most one update
 * waiting, whatever the rate of the feed.
 */
public final class CoalescedAccess {
  private final UI ui;
  private final Command update;
  private final AtomicBoolean queued = new AtomicBoolean();

  public CoalescedAccess(UI ui, Command update) {
    this.ui = ui;
    this.update = update;
  }

  /** Asks for an update; safe from any thread. */
  public void signal() {
    if (!queued.compareAndSet(false, true)) return;
    ui.access(
        () -> {
          // Cleared before the update runs, so a change during it queues a fresh one.
          queued.set(false);
          update.execute();
        });
  }
}
