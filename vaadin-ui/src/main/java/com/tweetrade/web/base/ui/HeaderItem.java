package com.tweetrade.web.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every signed-in view, such as the notifications badge:
 * a Spring bean, asked for a new component per page. The layout knows no feature, so features may
 * use the layout without a cycle.
 */
public interface HeaderItem {
  /** A new component for one page (one UI). */
  Component create();
}
