/** The live dashboard view. */
@NullMarked
package com.tweetrade.web.dashboard.ui;

import org.jspecify.annotations.NullMarked;
