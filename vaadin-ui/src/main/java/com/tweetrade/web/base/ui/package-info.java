/** UI shared by every feature: the main layout and chart components. */
@NullMarked
package com.tweetrade.web.base.ui;

import org.jspecify.annotations.NullMarked;
