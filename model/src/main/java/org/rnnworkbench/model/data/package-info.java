/**
 * Data the engine trains on: {@link org.rnnworkbench.model.data.SequenceDataSet} (features, labels and their
 * masks), the iterators that produce minibatches of them, CSV sequence import (files named and listed by
 * DataVec's input splits, values read from the files' bytes: decision 0008) and the character iterator for
 * text. Import starts from a {@link org.rnnworkbench.model.data.SequenceCsvSpec} (saved as JSON),
 * opened as a {@link org.rnnworkbench.model.data.CsvSequenceSource}; bad input is reported as a
 * {@link org.rnnworkbench.model.data.SequenceImportException} carrying file, line and column. May import ND4J,
 * DataVec and Jackson annotations; never JavaFX.
 */
package org.rnnworkbench.model.data;
