package com.tweetrade.model.tickers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The set of ticker symbols TweeTrade knows, with their security names.
 *
 * <p>{@link #standard()} is the NASDAQ Trader directory of NASDAQ-listed securities (test issues
 * skipped) plus the 88 StockNet tickers of the recorded tweets, several of which trade on NYSE.
 * Rule validation, the quote simulator and the Flink job use it to refuse unknown tickers. A user
 * file of the same {@code |}-separated format, or a plain list with one symbol per line, can
 * replace it.
 *
 * <p>Symbols are normalised by {@link #normalize(String)}: upper case, no leading {@code $}, and
 * {@code -} as the share-class separator ({@code BRK-A}, the StockNet spelling), so that the NASDAQ
 * Trader spellings {@code BRK.A} and {@code BRK/A} find the same entry. Instances are immutable.
 */
public final class TickerDirectory implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String RESOURCES = "/tickers/";
  private static final String FOOTER = "File Creation Time";

  /** Letters/digits, then optionally class suffixes; '$' occurs in NYSE preferred-share symbols. */
  private static final Pattern SYMBOL =
      Pattern.compile("[A-Z0-9][A-Z0-9$]{0,9}(-[A-Z0-9$]{1,4}){0,2}");

  private static volatile TickerDirectory standard;
  private static volatile TickerDirectory stocknet;

  private final SortedMap<String, String> namesBySymbol;

  private TickerDirectory(SortedMap<String, String> namesBySymbol) {
    this.namesBySymbol = Collections.unmodifiableSortedMap(new TreeMap<>(namesBySymbol));
  }

  /** NASDAQ-listed securities (without test issues) plus the 88 StockNet tickers. Cached. */
  public static TickerDirectory standard() {
    TickerDirectory result = standard;
    if (result == null) {
      TreeMap<String, String> names = new TreeMap<>();
      names.putAll(readResource("nasdaqlisted.txt", TickerDirectory::parseDelimited).namesBySymbol);
      names.putAll(stocknet().namesBySymbol);
      result = standard = new TickerDirectory(names);
    }
    return result;
  }

  /**
   * The 88 tickers of the StockNet tweet and price data, named as in NASDAQ Trader's directories
   * where listed there (all are), else by StockNet's company name. Cached.
   */
  public static TickerDirectory stocknet() {
    TickerDirectory result = stocknet;
    if (result == null) {
      TickerDirectory table =
          readResource("stocknet-StockTable.tsv", TickerDirectory::parseStockTable);
      TreeMap<String, String> listed = new TreeMap<>();
      listed.putAll(
          readResource("nasdaqlisted.txt", TickerDirectory::parseDelimited).namesBySymbol);
      listed.putAll(
          readResource("otherlisted-stocknet.txt", TickerDirectory::parseDelimited).namesBySymbol);
      TreeMap<String, String> names = new TreeMap<>();
      table.namesBySymbol.forEach(
          (symbol, company) -> names.put(symbol, listed.getOrDefault(symbol, company)));
      result = stocknet = new TickerDirectory(names);
    }
    return result;
  }

  /**
   * Reads a user-supplied directory: NASDAQ Trader's {@code |}-separated format (a header row with
   * a {@code Symbol} or {@code ACT Symbol} column, optional {@code Security Name} and {@code Test
   * Issue} columns, optional {@code File Creation Time} footer), or a plain list with one symbol
   * per line ({@code #} starts a comment; anything after the symbol on a line is taken as its
   * name).
   *
   * @throws IllegalArgumentException naming the file and line when a line is not understood
   */
  public static TickerDirectory load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    }
  }

  /** Like {@link #load(Path)}, from a reader; {@code source} names it in error messages. */
  public static TickerDirectory parse(Reader reader, String source) throws IOException {
    List<String> lines = readLines(reader);
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    return first.contains("|") ? parseDelimited(lines, source) : parsePlainList(lines, source);
  }

  /** A directory of exactly these symbols, without names. */
  public static TickerDirectory of(Collection<String> symbols) {
    TreeMap<String, String> names = new TreeMap<>();
    for (String s : symbols) names.put(requireSymbol(s, "argument"), "");
    return new TickerDirectory(names);
  }

  /**
   * Upper case, surrounding blanks and a leading {@code $} removed, {@code .} and {@code /} as
   * {@code -}.
   */
  public static String normalize(String symbol) {
    if (symbol == null) return "";
    String s = symbol.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("$")) s = s.substring(1);
    return s.replace('.', '-').replace('/', '-');
  }

  /** All symbols, normalised, in alphabetical order. */
  public Set<String> symbols() {
    return namesBySymbol.keySet();
  }

  /** Whether the (normalised) symbol is in this directory. */
  public boolean contains(String symbol) {
    return namesBySymbol.containsKey(normalize(symbol));
  }

  /** The security name, if the symbol is known and its source gave one. */
  public Optional<String> name(String symbol) {
    String name = namesBySymbol.get(normalize(symbol));
    return name == null || name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  public int size() {
    return namesBySymbol.size();
  }

  @Override
  public String toString() {
    return "TickerDirectory[" + size() + " symbols]";
  }

  private static TickerDirectory parseDelimited(List<String> lines, String source) {
    int headerIndex = firstNonBlank(lines);
    if (headerIndex < 0) return new TickerDirectory(new TreeMap<>());
    List<String> header = List.of(lines.get(headerIndex).split("\\|", -1));
    int symbolColumn =
        header.indexOf("Symbol") >= 0 ? header.indexOf("Symbol") : header.indexOf("ACT Symbol");
    int nameColumn = header.indexOf("Security Name");
    int testColumn = header.indexOf("Test Issue");
    if (symbolColumn < 0) {
      throw new IllegalArgumentException(
          source
              + ":"
              + (headerIndex + 1)
              + ": header has no 'Symbol' or 'ACT Symbol' column: "
              + header);
    }
    TreeMap<String, String> names = new TreeMap<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith(FOOTER)) continue;
      String[] cells = line.split("\\|", -1);
      if (cells.length <= symbolColumn) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": too few columns: " + line);
      }
      if (testColumn >= 0 && testColumn < cells.length && cells[testColumn].strip().equals("Y"))
        continue;
      String name = nameColumn >= 0 && nameColumn < cells.length ? cells[nameColumn].strip() : "";
      names.put(requireSymbol(cells[symbolColumn], source + ":" + (i + 1)), name);
    }
    return new TickerDirectory(names);
  }

  private static TickerDirectory parsePlainList(List<String> lines, String source) {
    TreeMap<String, String> names = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i)).strip();
      if (line.isEmpty()) continue;
      String[] parts = line.split("[\\s,;]+", 2);
      String name = parts.length > 1 ? parts[1].strip() : "";
      names.put(requireSymbol(parts[0], source + ":" + (i + 1)), name);
    }
    return new TickerDirectory(names);
  }

  /** StockNet's StockTable: tab-separated Sector, Symbol ($-prefixed), Company. */
  private static TickerDirectory parseStockTable(List<String> lines, String source) {
    TreeMap<String, String> names = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t");
      if (cells.length < 3) continue;
      names.put(
          requireSymbol(cells[1], source + ":" + (i + 1)),
          cells[2].strip().replaceAll("\\s+", " "));
    }
    return new TickerDirectory(names);
  }

  private static String requireSymbol(String raw, String where) {
    String symbol = normalize(raw);
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException(where + ": not a ticker symbol: '" + raw + "'");
    }
    return symbol;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
    return -1;
  }

  private static List<String> readLines(Reader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader buffered = new BufferedReader(reader);
    // readLine() also drops the CR of NASDAQ Trader's CRLF line ends.
    for (String line = buffered.readLine(); line != null; line = buffered.readLine())
      lines.add(line);
    return lines;
  }

  private interface LinesParser {
    TickerDirectory parse(List<String> lines, String source);
  }

  private static TickerDirectory readResource(String name, LinesParser parser) {
    try (InputStream in = TickerDirectory.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
      return parser.parse(readLines(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCES + name, e);
    }
  }
}
