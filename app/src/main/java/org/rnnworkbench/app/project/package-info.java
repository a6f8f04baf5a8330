/**
 * Project files: the project document, its JSON format (with a format version), atomic writes, autosave side
 * files and the list of recent projects. Plain Java and Jackson; JavaFX collections only for the recent list.
 */
package org.rnnworkbench.app.project;
