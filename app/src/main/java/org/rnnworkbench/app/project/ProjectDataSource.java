package org.rnnworkbench.app.project;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open project's data source, as the Data area last applied it and the Train area reads it; {@code null}
 * until one is chosen. Changes come from undoable commands and from opening a project; the shell writes it
 * to {@code data.json} whenever the project is saved.
 */
public final class ProjectDataSource {
    private final ReadOnlyObjectWrapper<DataSourceSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");

    /** The current data source, or {@code null}. */
    public DataSourceSpec get() {
        return spec.get();
    }

    public ReadOnlyObjectProperty<DataSourceSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Replaces the data source without recording an edit; used by commands and when a project opens. */
    public void set(DataSourceSpec newSpec) {
        spec.set(newSpec);
    }
}
