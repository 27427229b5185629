/** Sign-up page and the administrators' list of users. */
@NullMarked
package com.tweetrade.web.users.ui;

import org.jspecify.annotations.NullMarked;
