/** The Orders page: the user's open orders, live, with Cancel. */
@NullMarked
package com.tweetrade.web.orders.ui;

import org.jspecify.annotations.NullMarked;
