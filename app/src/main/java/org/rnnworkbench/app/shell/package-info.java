/**
 * The workbench shell: the main window's view-model (project lifecycle, title, areas, engine state, memory,
 * theme), the dialog abstraction it talks through, and the views of the window, menus, status bar, area
 * placeholders and help pages. View-models import JavaFX properties only; views hold the nodes.
 */
package org.rnnworkbench.app.shell;
