package com.tweetrade.sentiment;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * A trie of normalised keywords, walked from every position where a keyword may start, i.e. where
 * the previous character is not a letter or digit. Finds all keywords of a text in time that does
 * not depend on how many keywords there are: each walk stops at the first character no keyword
 * continues with.
 *
 * <p>This is the word-boundary form of Aho–Corasick: since a match must start on a boundary,
 * failure links (and the scattered memory reads they cost in a large automaton) are not needed.
 * Transitions live in one open-addressing table of (node, char) pairs instead of a map per node, so
 * tens of thousands of keywords cost a few arrays instead of millions of small objects. Immutable
 * once built.
 */
final class KeywordAutomaton {

  static final KeywordAutomaton EMPTY = new KeywordAutomaton(Set.of());

  private static final long FREE = -1L;

  /** Node ids fit in 24 bits, so (node, char, child) packs into one long: 24 + 16 + 24 bits. */
  private static final int MAX_NODES = (1 << 24) - 1;

  /**
   * Entries {@code (node << 16 | char) << 24 | child}: one 8-byte read per probe keeps big tries
   * cache-friendly.
   */
  private final long[] table;

  private final int mask;
  private final int hashShift;

  /**
   * Bits set for each keyword's first {@value #PREFIX} characters (all of them when shorter): a
   * filter of at most 256 KB that stays in cache and lets most positions skip the walk through the
   * large, cache-missing table.
   */
  private final long[] prefixFilter;

  private final int filterBits;
  private static final int PREFIX = 4;
  private static final int MAX_FILTER_BITS = 21;

  /** The keyword ending at a node, or null. */
  private final String[] word;

  private final int size;

  KeywordAutomaton(Collection<String> keywords) {
    int chars = 1;
    for (String k : keywords) {
      chars += k.length();
    }
    if (chars >= MAX_NODES) {
      throw new IllegalArgumentException("keywords too long in total: " + chars + " characters");
    }
    int capacity = Integer.highestOneBit(Math.max(16, chars * 2 - 1)) << 1; // load factor <= 1/2
    table = new long[capacity];
    Arrays.fill(table, FREE);
    mask = capacity - 1;
    hashShift = 64 - Integer.numberOfTrailingZeros(capacity);
    // ~16 bits per keyword keeps false positives rare; between 128 bytes and 256 KB
    filterBits =
        Math.max(
            10, Math.min(MAX_FILTER_BITS, 36 - Integer.numberOfLeadingZeros(keywords.size() + 1)));
    prefixFilter = new long[1 << (filterBits - 6)];
    String[] words = new String[chars];
    int nodes = 1;
    for (String k : keywords) {
      int node = 0;
      for (int p = 0; p < k.length(); p++) {
        int child = next(node, k.charAt(p));
        if (child < 0) {
          child = nodes++;
          put(node, k.charAt(p), child);
        }
        node = child;
      }
      words[node] = k;
      int prefix = Math.min(PREFIX, k.length());
      int bit = filterBit(prefixHash(k.toCharArray(), 0, prefix), prefix);
      prefixFilter[bit >>> 6] |= 1L << bit;
    }
    word = Arrays.copyOf(words, nodes);
    size = keywords.size();
  }

  int size() {
    return size;
  }

  /**
   * Adds to {@code found} every keyword occurring in {@code text[0, length)} that is not in {@code
   * excluded} and has no letter or digit right before or after it.
   */
  void findAll(char[] text, int length, Set<String> excluded, Set<String> found) {
    if (size == 0) {
      return;
    }
    boolean boundary = true;
    for (int start = 0; start < length; start++) {
      char c = text[start];
      if (boundary && mayStartKeyword(text, length, start)) {
        walk(text, length, start, excluded, found);
      }
      boundary = !isWordChar(text, start, c);
    }
  }

  /** False when no keyword can start at {@code start} (the filter has no false negatives). */
  private boolean mayStartKeyword(char[] text, int length, int start) {
    int hash = 0;
    for (int m = 1; m <= PREFIX && start + m <= length; m++) {
      hash = 31 * hash + text[start + m - 1];
      int bit = filterBit(hash, m);
      if ((prefixFilter[bit >>> 6] & (1L << bit)) != 0) {
        return true;
      }
    }
    return false;
  }

  private static int prefixHash(char[] chars, int from, int to) {
    int hash = 0;
    for (int p = from; p < to; p++) {
      hash = 31 * hash + chars[p];
    }
    return hash;
  }

  private int filterBit(int hash, int length) {
    long mixed = (((long) hash << 3) | length) * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> (64 - filterBits));
  }

  private void walk(char[] text, int length, int start, Set<String> excluded, Set<String> found) {
    int node = 0;
    for (int p = start; p < length; p++) {
      node = next(node, text[p]);
      if (node < 0) {
        return;
      }
      String k = word[node];
      if (k != null
          && (p + 1 >= length || !isWordChar(text, p + 1, text[p + 1]))
          && (excluded.isEmpty() || !excluded.contains(k))) {
        found.add(k);
      }
    }
  }

  /** Letter or digit at {@code p}; a surrogate pair counts as the character it encodes. */
  private static boolean isWordChar(char[] text, int p, char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    if (Character.isLowSurrogate(c) && p > 0 && Character.isHighSurrogate(text[p - 1])) {
      return Character.isLetterOrDigit(Character.toCodePoint(text[p - 1], c));
    }
    if (Character.isHighSurrogate(c)
        && p + 1 < text.length
        && Character.isLowSurrogate(text[p + 1])) {
      return Character.isLetterOrDigit(Character.toCodePoint(c, text[p + 1]));
    }
    return Character.isLetterOrDigit(c);
  }

  private int next(int node, char c) {
    long key = ((long) node << 16) | c;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      if (entry >>> 24 == key) {
        return (int) (entry & MAX_NODES);
      }
      if (entry == FREE) {
        return -1;
      }
    }
  }

  private void put(int node, char c, int child) {
    long key = ((long) node << 16) | c;
    int slot = slot(key);
    while (table[slot] != FREE) {
      slot = (slot + 1) & mask;
    }
    table[slot] = key << 24 | child;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> hashShift);
  }
}
