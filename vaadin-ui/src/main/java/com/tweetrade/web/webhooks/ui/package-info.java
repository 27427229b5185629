/** The webhook settings page and the delivery log. */
@NullMarked
package com.tweetrade.web.webhooks.ui;

import org.jspecify.annotations.NullMarked;
