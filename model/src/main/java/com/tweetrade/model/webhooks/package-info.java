/**
 * The webhook contract shared by the notifier and the web UI: the body, its signature, the URL
 * rules and the delivery-log row.
 */
package com.tweetrade.model.webhooks;
