package com.tweetrade.bench;

/**
 * Broker append times of one stream of sent records, in send order, found by key and index: one
 * ticker's quotes (key: event time, index: n among the quotes of that millisecond) or the tweets
 * (key: id, index 0).
 *
 * <p>Keys must not decrease from one record to the next, which makes a lookup a binary search. The
 * entries are three primitive arrays used as a ring (20 bytes per record, no objects): at most
 * {@code capacity} records are kept and the oldest is dropped for a new one, so a long run's memory
 * is bounded. The arrays grow on demand up to the capacity. Thread-safe: records are added by the
 * producing thread, acknowledged by the producer's I/O thread and looked up by the trades reader.
 */
final class AppendLog {
  /** Sent, broker acknowledgement still to come. */
  static final long PENDING = -2;

  /** Not kept: never sent while recording, dropped for capacity, or its send failed. */
  static final long NOT_SENT = -1;

  private final int capacity;
  private long[] keys;
  private int[] indexes;
  private long[] appendTimes;

  /** Array position of the oldest record. */
  private int head;

  private int size;

  /** Sequence number of the oldest record; the first record ever added is 0. */
  private long firstSeq;

  AppendLog(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be > 0, was " + capacity);
    this.capacity = capacity;
    int initial = Math.min(capacity, 1024);
    keys = new long[initial];
    indexes = new int[initial];
    appendTimes = new long[initial];
  }

  /**
   * Records a send of ({@code key}, {@code index}); returns its sequence number for {@link
   * #appended}.
   */
  synchronized long add(long key, int index) {
    if (size > 0) {
      long last = keys[at(size - 1)];
      if (key < last)
        throw new IllegalArgumentException("keys must not decrease: " + key + " after " + last);
    }
    if (size == capacity) {
      head = (head + 1) % keys.length;
      size--;
      firstSeq++;
    } else if (size == keys.length) {
      grow();
    }
    int p = at(size);
    keys[p] = key;
    indexes[p] = index;
    appendTimes[p] = PENDING;
    size++;
    return firstSeq + size - 1;
  }

  /** The broker's append time of record {@code seq} ({@link #NOT_SENT}: the send failed). */
  synchronized void appended(long seq, long appendTime) {
    long i = seq - firstSeq;
    if (i >= 0 && i < size) appendTimes[at((int) i)] = appendTime;
  }

  /** Append time of ({@code key}, {@code index}), or {@link #PENDING} or {@link #NOT_SENT}. */
  synchronized long appendTime(long key, int index) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[at(mid)] < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo == size || keys[at(lo)] != key) return NOT_SENT;
    // The records of one key are consecutive with consecutive indexes, from the first one still
    // kept.
    long i = (long) lo + index - indexes[at(lo)];
    if (i < lo || i >= size) return NOT_SENT;
    int p = at((int) i);
    return keys[p] == key && indexes[p] == index ? appendTimes[p] : NOT_SENT;
  }

  synchronized int size() {
    return size;
  }

  private int at(int logical) {
    return (head + logical) % keys.length;
  }

  private void grow() {
    int length = (int) Math.min(capacity, 2L * keys.length);
    long[] k = new long[length];
    int[] n = new int[length];
    long[] t = new long[length];
    for (int i = 0; i < size; i++) {
      k[i] = keys[at(i)];
      n[i] = indexes[at(i)];
      t[i] = appendTimes[at(i)];
    }
    keys = k;
    indexes = n;
    appendTimes = t;
    head = 0;
  }
}
