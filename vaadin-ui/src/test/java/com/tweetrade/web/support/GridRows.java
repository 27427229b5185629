package com.tweetrade.web.support;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;

/** A grid's rows as the user reads them (Karibu), for views' tests. */
public final class GridRows {
  private GridRows() {}

  /** The text of the first {@code columns} cells of every row, top to bottom. */
  public static List<List<String>> formatted(Grid<?> grid, int columns) {
    return IntStream.range(0, GridKt._size(grid))
        .mapToObj(i -> GridKt._getFormattedRow(grid, i).subList(0, columns))
        .toList();
  }
}
