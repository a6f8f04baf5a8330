package org.rnnworkbench.app.ui;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A text field that hands its text over when the user presses Enter or leaves the field, not on every key, so
 * that one edit of a value becomes one undoable command. The handler says whether it accepted the text; a
 * refused text stays, marked as an error, until it is corrected or Escape restores the last value.
 */
public final class CommitField extends TextField {
    private final Predicate<String> onCommit;
    private String committed = "";

    /**
     * @param onCommit receives the text; returns false when it is not a valid value
     */
    public CommitField(Predicate<String> onCommit) {
        this.onCommit = Objects.requireNonNull(onCommit, "onCommit");
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        // A text field takes Ctrl+Z for its own text undo. Once the text is committed there is nothing of the
        // field's own to undo, so the shortcut goes to the window's menu and undoes the model edit instead.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && getScene() != null && committed.equals(getText())) {
                for (Map.Entry<KeyCombination, Runnable> a : getScene().getAccelerators().entrySet()) {
                    if (a.getKey().match(e)) {
                        e.consume();
                        a.getValue().run();
                        return;
                    }
                }
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(committed);
                e.consume();
            }
        });
    }

    /** Shows a value from the view-model without committing it. */
    public void show(String value) {
        committed = value;
        setText(value);
        markError(null);
    }

    private void commit() {
        String text = getText() == null ? "" : getText().trim();
        if (text.equals(committed)) {
            markError(null);
            return;
        }
        if (onCommit.test(text)) {
            committed = text;
            markError(null);
        } else {
            markError("Not a valid value: " + text);
        }
    }

    private void markError(String message) {
        pseudoClassStateChanged(Styles.ERROR, message != null);
        setTooltip(message == null ? null : new Tooltip(message));
    }
}
