package org.rnnworkbench.app.builder;

/** The gradient updaters the engine offers, under the guide's names. */
public enum UpdaterKind {
    ADAM("Adam"), SGD("Sgd"), NESTEROVS("Nesterovs"), RMSPROP("RmsProp"), ADAGRAD("AdaGrad");

    private final String guideName;

    UpdaterKind(String guideName) {
        this.guideName = guideName;
    }

    public String guideName() {
        return guideName;
    }

    @Override
    public String toString() {
        return guideName;
    }
}
