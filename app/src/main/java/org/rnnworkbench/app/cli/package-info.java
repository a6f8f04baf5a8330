/**
 * The headless command line: train, evaluate, generate from and check the data of a project folder without a
 * window, reading and writing the same files the workbench does. {@link org.rnnworkbench.app.cli.Cli} is the
 * main class.
 */
package org.rnnworkbench.app.cli;
