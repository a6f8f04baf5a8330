/**
 * Project files: the project document, its JSON format (with a format version), atomic writes, autosave side
 * files, the list of recent projects, and the project's data source ({@code data.json}). Plain Java and Jackson;
 * JavaFX collections and properties only (the recent list, the current data source).
 */
package org.rnnworkbench.app.project;
