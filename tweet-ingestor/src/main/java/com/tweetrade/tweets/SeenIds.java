package com.tweetrade.tweets;

/**
 * The tweet ids sent so far, remembered exactly up to a fixed number, oldest forgotten first.
 *
 * <p>Memory is bounded: about 24 bytes per remembered id (an open-addressing table at most half
 * full, plus a ring of insertion order), so the default 1,000,000 ids take about 24 MB. An id is
 * forgotten only after {@code capacity} newer distinct ids were added, so "never sent twice" holds
 * exactly for any run that sends at most {@code capacity} distinct ids, and otherwise for any
 * repeat that comes back within the last {@code capacity} ids. Not thread-safe.
 */
public final class SeenIds {
  /** Ids are never 0 (Tweet ids are positive), so 0 marks a free slot. */
  private static final long FREE = 0L;

  /** Marks a slot whose id was evicted; lookups step over it, inserts may reuse it. */
  private static final long GONE = Long.MIN_VALUE;

  private final int capacity;
  private final long[] table;
  private final int mask;
  private final long[] ring;
  private int ringNext;
  private int size;
  private int gone;

  public SeenIds(int capacity) {
    if (capacity < 1)
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    this.capacity = capacity;
    this.table = new long[Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1];
    this.mask = table.length - 1;
    this.ring = new long[capacity];
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }

  /** Adds the id; returns {@code false} when it was already remembered (a duplicate). */
  public boolean add(long id) {
    if (id == FREE || id == GONE) throw new IllegalArgumentException("not a tweet id: " + id);
    int freeSlot = -1;
    for (int i = slot(id); ; i = (i + 1) & mask) {
      long v = table[i];
      if (v == id) return false;
      if (v == GONE && freeSlot < 0) freeSlot = i;
      if (v == FREE) {
        if (freeSlot < 0) freeSlot = i;
        break;
      }
    }
    if (size == capacity) evict(ring[ringNext]);
    if (table[freeSlot] == GONE) gone--;
    table[freeSlot] = id;
    ring[ringNext] = id;
    ringNext = (ringNext + 1) % capacity;
    size++;
    if (size + gone > table.length * 3 / 4) rehash();
    return true;
  }

  public boolean contains(long id) {
    for (int i = slot(id); ; i = (i + 1) & mask) {
      long v = table[i];
      if (v == id) return true;
      if (v == FREE) return false;
    }
  }

  private void evict(long id) {
    for (int i = slot(id); ; i = (i + 1) & mask) {
      if (table[i] == id) {
        table[i] = GONE;
        gone++;
        size--;
        return;
      }
    }
  }

  /** Clears tombstones left by evictions, so lookups stay short in long runs. */
  private void rehash() {
    long[] old = table.clone();
    java.util.Arrays.fill(table, FREE);
    gone = 0;
    for (long v : old) {
      if (v == FREE || v == GONE) continue;
      int i = slot(v);
      while (table[i] != FREE) i = (i + 1) & mask;
      table[i] = v;
    }
  }

  private int slot(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
