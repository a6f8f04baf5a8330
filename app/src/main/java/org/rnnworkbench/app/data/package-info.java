/**
 * The Data area: the import wizard's view-models (source, files, task, alignment and batching, preview) and
 * views, the preview grids of padded features, labels and their masks, and {@link
 * org.rnnworkbench.app.data.DataSourceIterators}, which opens a project's data source for training. Logic and
 * view-models import the engine and JavaFX properties only; classes whose names end in {@code View} or
 * {@code Grid} hold the JavaFX nodes.
 */
package org.rnnworkbench.app.data;
