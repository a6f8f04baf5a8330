/**
 * Shared pieces of the views: style class and pseudo-class names as constants (the theme CSS in
 * {@code ui-resources} defines them), the theme stylesheets, and small controls used by several views (a
 * two-column form, a text field that commits on Enter or when focus leaves). May import {@code javafx.scene}.
 */
package org.rnnworkbench.app.ui;
