package org.rnnworkbench.app.ui;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: labels on the left, editors on the right; rows can be hidden without leaving gaps. */
public final class FormGrid extends GridPane {
    private int rows;

    public FormGrid() {
        getStyleClass().add(Styles.FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(120);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        getColumnConstraints().addAll(labels, editors);
    }

    /** One row of the form, which can be shown or hidden. */
    public static final class Row {
        private final Label label;
        private final Node editor;

        Row(Label label, Node editor) {
            this.label = label;
            this.editor = editor;
        }

        public void setShown(boolean shown) {
            for (Node n : new Node[] {label, editor}) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        }
    }

    /**
     * Adds a row.
     *
     * @param text the label, in the guide's name for the setting
     * @param editor the control
     * @param help what the setting does, shown as a tooltip on the label
     */
    public Row add(String text, Node editor, String help) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setLabelFor(editor);
        // the guide's names are long (tBPTTForwardLength); show them whole rather than cut
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (help != null) {
            label.setTooltip(new Tooltip(help));
        }
        if (editor instanceof javafx.scene.layout.Region) {
            ((javafx.scene.layout.Region) editor).setMaxWidth(Double.MAX_VALUE);
        }
        addRow(rows++, label, editor);
        return new Row(label, editor);
    }
}
