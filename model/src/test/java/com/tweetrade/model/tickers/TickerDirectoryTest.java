package com.tweetrade.model.tickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickerDirectoryTest {

  private static final String NASDAQ_SNIPPET =
      "Symbol|Security Name|Market Category|Test Issue|Financial Status|Round Lot"
          + " Size|ETF|NextShares\r\n"
          + "AAPL|Apple Inc. - Common Stock|Q|N|N|100|N|N\r\n"
          + "ZXZZT|NASDAQ TEST STOCK|G|Y|N|100||N\r\n"
          + "TSLA|Tesla Motors, Inc. - Common Stock|Q|N|N|100|N|N\r\n"
          + "File Creation Time: 0815201621:32|||||\r\n";

  @Test
  void shouldHoldNasdaqListingsWithoutTestIssuesPlusAllStocknetTickers() {
    TickerDirectory standard = TickerDirectory.standard();
    // 3,145 NASDAQ rows minus 9 test issues, plus the 73 StockNet tickers listed elsewhere.
    assertThat(standard.size()).isEqualTo(3145 - 9 + 73);
    assertThat(standard.symbols()).contains("AAPL", "TSLA", "MSFT", "XOM", "JPM", "BRK-A", "RDS-B");
    assertThat(standard.symbols())
        .doesNotContain("ZXZZT", "ZXYZ-A", "SYMBOL", "FILE CREATION TIME");
    assertThat(standard.symbols()).containsAll(TickerDirectory.stocknet().symbols());
  }

  @Test
  void shouldKnowTheEightyEightStocknetTickersWithListedNames() {
    TickerDirectory stocknet = TickerDirectory.stocknet();
    assertThat(stocknet.size()).isEqualTo(88);
    assertThat(stocknet.name("XOM")).hasValue("Exxon Mobil Corporation Common Stock");
    assertThat(stocknet.name("AAPL")).hasValue("Apple Inc. - Common Stock");
    assertThat(stocknet.symbols()).doesNotContain("TSLA");
  }

  @Test
  void shouldFindSymbolsInAnyCommonSpelling() {
    TickerDirectory standard = TickerDirectory.standard();
    assertThat(standard.contains("tsla")).isTrue();
    assertThat(standard.contains("$TSLA")).isTrue();
    assertThat(standard.contains(" BRK.A ")).isTrue();
    assertThat(standard.contains("BRK/A")).isTrue();
    assertThat(standard.contains("NOSUCH")).isFalse();
    assertThat(standard.contains(null)).isFalse();
    assertThat(standard.name("brk-a"))
        .hasValueSatisfying(n -> assertThat(n).startsWith("Berkshire Hathaway"));
    assertThat(standard.name("NOSUCH")).isEmpty();
  }

  @Test
  void shouldParseDelimitedFormatSkippingTestIssuesAndFooter() throws IOException {
    TickerDirectory directory = TickerDirectory.parse(new StringReader(NASDAQ_SNIPPET), "snippet");
    assertThat(directory.symbols()).containsExactly("AAPL", "TSLA");
    assertThat(directory.name("TSLA")).hasValue("Tesla Motors, Inc. - Common Stock");
  }

  @Test
  void shouldLoadPlainListFileWithCommentsAndOptionalNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "# my watch list\ntsla\n\nAAPL Apple\n$brk.b  # class B\n");
    TickerDirectory directory = TickerDirectory.load(file);
    assertThat(directory.symbols()).containsExactly("AAPL", "BRK-B", "TSLA");
    assertThat(directory.name("AAPL")).hasValue("Apple");
    assertThat(directory.name("TSLA")).isEmpty();
  }

  @Test
  void shouldRejectGarbageWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "TSLA\n@TSLA!\n");
    assertThatThrownBy(() -> TickerDirectory.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:2");
  }

  @Test
  void shouldRejectDelimitedFileWithoutSymbolColumn() {
    assertThatThrownBy(() -> TickerDirectory.parse(new StringReader("Ticker|Name\nA|B\n"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Symbol");
  }

  @Test
  void shouldBuildFromAList() {
    assertThat(TickerDirectory.of(List.of("msft", "$AAPL")).symbols())
        .containsExactly("AAPL", "MSFT");
  }
}
