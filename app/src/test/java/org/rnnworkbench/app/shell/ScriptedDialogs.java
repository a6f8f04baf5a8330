package org.rnnworkbench.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the view-model's questions from a script and records what it was asked and told. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<CloseDecision> closeAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public CloseDecision askSaveChanges(String projectName) {
        questions.add("save " + projectName);
        return closeAnswers.isEmpty() ? CloseDecision.CANCEL : closeAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        questions.add("open");
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) {
        questions.add("save as " + suggestedName);
        return Optional.ofNullable(saveAnswers.poll());
    }
}
