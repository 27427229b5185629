/** Market data for the UI: the latest price and sentiment aggregates, read from Kafka. */
@NullMarked
package com.tweetrade.web.market;

import org.jspecify.annotations.NullMarked;
