/** Alerts of users' NOTIFY rules, as an in-app list with a count of unread ones. */
@NullMarked
package com.tweetrade.web.notifications;

import org.jspecify.annotations.NullMarked;
