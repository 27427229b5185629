/** The rules list and editor. */
@NullMarked
package com.tweetrade.web.rules.ui;

import org.jspecify.annotations.NullMarked;
