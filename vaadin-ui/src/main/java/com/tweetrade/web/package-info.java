/** TweeTrade's web UI application. */
@NullMarked
package com.tweetrade.web;

import org.jspecify.annotations.NullMarked;
