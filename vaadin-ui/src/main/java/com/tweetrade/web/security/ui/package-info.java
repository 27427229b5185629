/** The sign-in page. */
@NullMarked
package com.tweetrade.web.security.ui;

import org.jspecify.annotations.NullMarked;
