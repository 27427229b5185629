/** The account page: see and set the starting capital. */
@NullMarked
package com.tweetrade.web.account.ui;

import org.jspecify.annotations.NullMarked;
