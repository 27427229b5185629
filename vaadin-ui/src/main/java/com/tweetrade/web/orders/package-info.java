/**
 * The user's resting orders (the job's {@code openOrders} table) and cancel requests to the job's
 * order book ({@code OrderCommand}s on the order-commands topic).
 */
@NullMarked
package com.tweetrade.web.orders;

import org.jspecify.annotations.NullMarked;
