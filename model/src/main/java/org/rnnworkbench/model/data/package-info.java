/**
 * Data the engine trains on: {@link org.rnnworkbench.model.data.SequenceDataSet} (features, labels and their
 * masks), the iterators that produce minibatches of them, CSV sequence import on DataVec and the character
 * iterator for text. May import ND4J and DataVec; never JavaFX.
 */
package org.rnnworkbench.model.data;
