/** Each user's webhook (URL and signing secret) and its delivery log. */
@NullMarked
package com.tweetrade.web.webhooks;

import org.jspecify.annotations.NullMarked;
