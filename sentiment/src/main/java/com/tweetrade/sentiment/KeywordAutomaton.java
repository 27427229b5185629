package com.tweetrade.sentiment;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * An Aho–Corasick automaton over normalised keywords: finds every keyword occurring in a text in one pass, in
 * time proportional to the text plus the matches, whatever the number of keywords.
 *
 * <p>Transitions live in one open-addressing table keyed by (node, char) rather than a map per node, so tens of
 * thousands of keywords cost a few arrays instead of millions of small objects. Immutable once built.
 */
final class KeywordAutomaton {

  static final KeywordAutomaton EMPTY = new KeywordAutomaton(Set.of());

  private static final long EMPTY_KEY = -1L;

  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int mask;
  private final int hashShift;
  private final int[] fail;
  /** Nearest node on the failure chain (itself excluded) that ends a keyword, or -1. */
  private final int[] outputLink;
  /** The keyword ending at a node, or null. */
  private final String[] word;
  private final int size;

  KeywordAutomaton(Collection<String> keywords) {
    int chars = 1;
    for (String k : keywords) {
      chars += k.length();
    }
    int capacity = Integer.highestOneBit(Math.max(16, chars * 2 - 1)) << 1;
    edgeKeys = new long[capacity];
    Arrays.fill(edgeKeys, EMPTY_KEY);
    edgeTargets = new int[capacity];
    mask = capacity - 1;
    hashShift = 64 - Integer.numberOfTrailingZeros(capacity);
    word = new String[chars];
    // first-child / next-sibling lists, only needed to walk the trie breadth-first while building
    int[] firstChild = new int[chars];
    int[] nextSibling = new int[chars];
    char[] label = new char[chars];
    Arrays.fill(firstChild, -1);
    int nodes = 1;
    for (String k : keywords) {
      int node = 0;
      for (int p = 0; p < k.length(); p++) {
        char c = k.charAt(p);
        int child = next(node, c);
        if (child < 0) {
          child = nodes++;
          put(node, c, child);
          label[child] = c;
          nextSibling[child] = firstChild[node];
          firstChild[node] = child;
        }
        node = child;
      }
      word[node] = k;
    }
    size = keywords.size();
    fail = new int[nodes];
    outputLink = new int[nodes];
    outputLink[0] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child = firstChild[0]; child >= 0; child = nextSibling[child]) {
      fail[child] = 0;
      outputLink[child] = -1;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int child = firstChild[node]; child >= 0; child = nextSibling[child]) {
        int f = fail[node];
        int target;
        while ((target = next(f, label[child])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[child] = target >= 0 && target != child ? target : 0;
        int fc = fail[child];
        outputLink[child] = word[fc] != null ? fc : outputLink[fc];
        queue.add(child);
      }
    }
  }

  int size() {
    return size;
  }

  /**
   * Adds to {@code found} every keyword occurring in {@code text[0, length)} that is not in {@code excluded} and
   * has no letter or digit right before or after it.
   */
  void findAll(char[] text, int length, Set<String> excluded, Set<String> found) {
    if (size == 0) {
      return;
    }
    int node = 0;
    for (int p = 0; p < length; p++) {
      char c = text[p];
      int target;
      while ((target = next(node, c)) < 0 && node != 0) {
        node = fail[node];
      }
      node = Math.max(target, 0);
      for (int o = word[node] != null ? node : outputLink[node]; o >= 0; o = outputLink[o]) {
        String k = word[o];
        int end = p + 1;
        if (standsAlone(text, length, end - k.length(), end) && !excluded.contains(k)) {
          found.add(k);
        }
      }
    }
  }

  private static boolean standsAlone(char[] text, int length, int start, int end) {
    if (start > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, start))) {
      return false;
    }
    return end >= length || !Character.isLetterOrDigit(Character.codePointAt(text, end, length));
  }

  private int next(int node, char c) {
    long key = ((long) node << 16) | c;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeTargets[slot];
      }
      if (k == EMPTY_KEY) {
        return -1;
      }
    }
  }

  private void put(int node, char c, int target) {
    long key = ((long) node << 16) | c;
    int slot = slot(key);
    while (edgeKeys[slot] != EMPTY_KEY) {
      slot = (slot + 1) & mask;
    }
    edgeKeys[slot] = key;
    edgeTargets[slot] = target;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> hashShift);
  }
}
