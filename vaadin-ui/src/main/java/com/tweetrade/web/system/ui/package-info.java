/** The System page (administrators): live charts of the monitor's samples. */
@NullMarked
package com.tweetrade.web.system.ui;

import org.jspecify.annotations.NullMarked;
