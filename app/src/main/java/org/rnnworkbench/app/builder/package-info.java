/**
 * The visual model builder: the editable draft of a network (layers and global settings), the undoable
 * commands that change it, live validation through the engine's own configuration builder, templates, and the
 * builder's view-model and views. View-models here import JavaFX properties and collections only; the
 * classes whose names end in {@code View} or {@code Card} hold the JavaFX nodes.
 */
package org.rnnworkbench.app.builder;
