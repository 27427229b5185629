/** The notifications list and the header's unread badge. */
@NullMarked
package com.tweetrade.web.notifications.ui;

import org.jspecify.annotations.NullMarked;
