/** Trades fired by users' rules and the resulting positions and P&amp;L. */
@NullMarked
package com.tweetrade.web.trades;

import org.jspecify.annotations.NullMarked;
