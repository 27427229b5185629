package com.tweetrade.sentiment;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds which of a (possibly very large) set of keywords occur in a text: case-insensitive, on word
 * boundaries, multi-word phrases included ("elon musk" matches "Elon Musk"), in time independent of
 * the number of keywords.
 *
 * <p>Keywords and texts are normalised the same way: lower-cased code point by code point,
 * whitespace runs collapsed to one space, keywords trimmed. A keyword matches where the text has no
 * letter or digit right before or after it ("tesla" matches "#Tesla's", not "Teslas").
 *
 * <p>Immutable. {@link #plus} and {@link #minus} return new matchers that share the large automaton
 * and keep the changes in a small delta (at most {@value #MAX_DELTA} keywords), rebuilt from
 * scratch only when the delta is full, so rules coming and going cost little. Serialises as its
 * keyword set; the automaton is rebuilt on arrival.
 */
public final class KeywordMatcher implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Added plus removed keywords kept beside the base automaton before it is rebuilt. */
  static final int MAX_DELTA = 256;

  private static final KeywordMatcher EMPTY =
      new KeywordMatcher(Set.of(), KeywordAutomaton.EMPTY, Set.of(), Set.of());

  private final transient Set<String> base;
  private final transient KeywordAutomaton baseAutomaton;
  private final transient Set<String> added;
  private final transient KeywordAutomaton addedAutomaton;

  /** Keywords of {@code base} that were removed since it was built. */
  private final transient Set<String> removed;

  private KeywordMatcher(
      Set<String> base, KeywordAutomaton baseAutomaton, Set<String> added, Set<String> removed) {
    this.base = base;
    this.baseAutomaton = baseAutomaton;
    this.added = added;
    this.addedAutomaton = added.isEmpty() ? KeywordAutomaton.EMPTY : new KeywordAutomaton(added);
    this.removed = removed;
  }

  /** A matcher for {@code keywords}; blank keywords are ignored. */
  public static KeywordMatcher of(Collection<String> keywords) {
    Set<String> normalized = new HashSet<>();
    for (String k : keywords) {
      String n = normalize(k);
      if (!n.isEmpty()) {
        normalized.add(n);
      }
    }
    if (normalized.isEmpty()) {
      return EMPTY;
    }
    Set<String> set = Set.copyOf(normalized);
    return new KeywordMatcher(set, new KeywordAutomaton(set), Set.of(), Set.of());
  }

  /** The keywords, normalised, that occur in {@code text}; empty for null. */
  public Set<String> find(String text) {
    if (text == null || text.isEmpty() || size() == 0) {
      return Set.of();
    }
    char[] normalized = new char[text.length()];
    int length = normalizeInto(text, normalized);
    Set<String> found = new HashSet<>(4);
    baseAutomaton.findAll(normalized, length, removed, found);
    addedAutomaton.findAll(normalized, length, Set.of(), found);
    return found.isEmpty() ? Set.of() : found;
  }

  /** This matcher with {@code keyword} added (itself when already present or blank). */
  public KeywordMatcher plus(String keyword) {
    String k = normalize(keyword);
    if (k.isEmpty() || contains(k)) {
      return this;
    }
    if (removed.contains(k)) {
      return new KeywordMatcher(base, baseAutomaton, added, without(removed, k));
    }
    return withDelta(with(added, k), removed);
  }

  /** This matcher without {@code keyword} (itself when absent). */
  public KeywordMatcher minus(String keyword) {
    String k = normalize(keyword);
    if (!contains(k)) {
      return this;
    }
    if (added.contains(k)) {
      return withDelta(without(added, k), removed);
    }
    return withDelta(added, with(removed, k));
  }

  /** Whether {@code keyword} (normalised) is one of this matcher's keywords. */
  public boolean contains(String keyword) {
    String k = normalize(keyword);
    return added.contains(k) || (base.contains(k) && !removed.contains(k));
  }

  /** The keywords, normalised. */
  public Set<String> keywords() {
    Set<String> all = new HashSet<>(base);
    all.removeAll(removed);
    all.addAll(added);
    return Set.copyOf(all);
  }

  public int size() {
    return base.size() - removed.size() + added.size();
  }

  /**
   * Extracts cashtags: "$" not preceded by a letter or digit, then 1–6 letters, optionally a class
   * suffix such as ".B", and no letter or digit after. Returned upper-case without "$", in order of
   * first appearance; "$5" and "US$5" are not cashtags.
   */
  public static Set<String> cashtags(String text) {
    return Cashtags.extract(text);
  }

  /** Lower-cases code point by code point, collapses whitespace to one space, trims. */
  static String normalize(String keyword) {
    if (keyword == null) {
      return "";
    }
    char[] out = new char[keyword.length()];
    int length = normalizeInto(keyword, out);
    int from = length > 0 && out[0] == ' ' ? 1 : 0;
    int to = length > from && out[length - 1] == ' ' ? length - 1 : length;
    return new String(out, from, to - from);
  }

  /**
   * Writes the normalised form of {@code text} into {@code out} (never longer than the text);
   * returns its length.
   */
  private static int normalizeInto(String text, char[] out) {
    int length = 0;
    for (int p = 0; p < text.length(); ) {
      char c = text.charAt(p);
      if (c < 128 && c > ' ') { // the common case: visible ASCII
        out[length++] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        p++;
        continue;
      }
      int cp = text.codePointAt(p);
      p += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (length == 0 || out[length - 1] != ' ') {
          out[length++] = ' ';
        }
      } else if (cp < 128) {
        out[length++] = (char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      } else {
        int lower = Character.toLowerCase(cp);
        if (Character.charCount(lower) > Character.charCount(cp)) {
          lower =
              cp; // keeps the output no longer than the input; no such mapping exists in Unicode 15
        }
        length += Character.toChars(lower, out, length);
      }
    }
    return length;
  }

  private KeywordMatcher withDelta(Set<String> newAdded, Set<String> newRemoved) {
    if (newAdded.size() + newRemoved.size() > MAX_DELTA) {
      Set<String> all = new HashSet<>(base);
      all.removeAll(newRemoved);
      all.addAll(newAdded);
      return of(all);
    }
    return new KeywordMatcher(base, baseAutomaton, newAdded, newRemoved);
  }

  private static Set<String> with(Set<String> set, String k) {
    Set<String> copy = new LinkedHashSet<>(set);
    copy.add(k);
    return Set.copyOf(copy);
  }

  private static Set<String> without(Set<String> set, String k) {
    Set<String> copy = new LinkedHashSet<>(set);
    copy.remove(k);
    return Set.copyOf(copy);
  }

  @Serial
  private Object writeReplace() {
    return new SerializedForm(keywords());
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("KeywordMatcher is serialised through its SerializedForm");
  }

  /** What goes over the wire: the keyword set only. */
  private record SerializedForm(Set<String> keywords) implements Serializable {
    @Serial
    private Object readResolve() {
      return KeywordMatcher.of(keywords);
    }
  }
}
