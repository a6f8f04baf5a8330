package org.rnnworkbench.app.train;

import java.util.List;
import org.rnnworkbench.model.train.IterationEvent;

/** Hands each report to several observers in order. */
final class ObserverChain implements TrainingObserver {
    private final List<TrainingObserver> observers;

    ObserverChain(TrainingObserver... observers) {
        this.observers = List.of(observers);
    }

    @Override
    public void minibatchStarted(MinibatchInfo info) {
        observers.forEach(o -> o.minibatchStarted(info));
    }

    @Override
    public void iterationDone(IterationEvent event) {
        observers.forEach(o -> o.iterationDone(event));
    }

    @Override
    public void minibatchDone(MinibatchInfo info) {
        observers.forEach(o -> o.minibatchDone(info));
    }

    @Override
    public void epochFinished(EpochResult result) {
        observers.forEach(o -> o.epochFinished(result));
    }

    @Override
    public void bestImproved(Checkpoint best) {
        observers.forEach(o -> o.bestImproved(best));
    }
}
