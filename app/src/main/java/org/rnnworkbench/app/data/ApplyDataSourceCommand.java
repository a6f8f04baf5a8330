package org.rnnworkbench.app.data;

import java.util.Objects;
import org.rnnworkbench.app.builder.DraftTarget;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.command.Command;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.ProjectDataSource;

/**
 * Puts a data source into the project and fits the model's sizes to it in one edit, so one undo takes back
 * both. Keeps the source and draft before and after; both are immutable.
 */
public final class ApplyDataSourceCommand implements Command {
    private final ProjectDataSource project;
    private final DraftTarget builder;
    private final DataSourceSpec before;
    private final DataSourceSpec after;
    private final ModelDraft draftBefore;
    private final ModelDraft draftAfter;

    /**
     * @param project the project's data source
     * @param builder the model draft's holder
     * @param after the new data source
     * @param draftAfter the draft fitted to it (the current draft when nothing changes)
     */
    public ApplyDataSourceCommand(ProjectDataSource project, DraftTarget builder, DataSourceSpec after,
            ModelDraft draftAfter) {
        this.project = Objects.requireNonNull(project, "project");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.after = Objects.requireNonNull(after, "after");
        this.draftAfter = Objects.requireNonNull(draftAfter, "draftAfter");
        this.before = project.get();
        this.draftBefore = builder.draft();
    }

    @Override
    public void execute() {
        project.set(after);
        if (!draftAfter.equals(draftBefore)) {
            builder.apply(draftAfter, -1);
        }
    }

    @Override
    public void undo() {
        project.set(before);
        if (!draftAfter.equals(draftBefore)) {
            builder.apply(draftBefore, -1);
        }
    }

    @Override
    public String description() {
        return before == null ? "Set Data Source" : "Change Data Source";
    }
}
