package org.rnnworkbench.app.builder;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.rnnworkbench.app.ui.Styles;

/**
 * The vertical stack of layer cards, from the input at the top to the output at the bottom, with the
 * preprocessors the engine inserts shown on the connectors between cards. Accepts drops from the palette
 * (insert) and from its own cards (reorder); the drop position is marked on the card it falls on.
 */
final class LayerStackView extends ScrollPane {
    private final BuilderViewModel vm;
    private final VBox stack = new VBox();
    private final List<LayerCard> cards = new ArrayList<>();
    private Label dropHint;

    LayerStackView(BuilderViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.STACK_SCROLL);
        stack.getStyleClass().add(Styles.STACK);
        stack.setId("layer-stack");
        setContent(stack);
        setFitToWidth(true);
        setFitToHeight(true);
        stack.setOnDragOver(this::onDragOver);
        stack.setOnDragExited(e -> clearDropMarks());
        stack.setOnDragDropped(this::onDragDropped);
        vm.reportProperty().addListener((obs, was, is) -> rebuild());
        vm.selectedIndexProperty().addListener((obs, was, is) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        ValidationReport report = vm.report();
        ModelDraft draft = vm.draft();
        cards.clear();
        List<Node> nodes = new ArrayList<>();
        nodes.add(inputCard(draft));
        for (LayerSummary s : report.layers()) {
            nodes.add(connector(s.preProcessor().orElse(null)));
            LayerCard card = new LayerCard(s, draft.layers().get(s.index()).kind(), s.index() == vm.selectedIndex(),
                    vm);
            int index = s.index();
            card.setOnDragDetected(e -> {
                Dragboard db = card.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(LayerDrag.FORMAT, LayerDrag.move(index));
                db.setContent(content);
                db.setDragView(card.snapshot(null, null), e.getX(), e.getY());
                e.consume();
            });
            cards.add(card);
            nodes.add(card);
        }
        nodes.add(connector(null));
        dropHint = new Label(draft.layers().isEmpty()
                ? "Drag layers here from the palette, or double-click them"
                : "Drop here to add at the end");
        dropHint.getStyleClass().addAll(Styles.DROP_HINT, Styles.HINT);
        dropHint.setId("drop-hint");
        dropHint.setMaxWidth(Double.MAX_VALUE);
        nodes.add(dropHint);
        stack.getChildren().setAll(nodes);
    }

    private Node inputCard(ModelDraft draft) {
        int n = draft.settings().inputSize();
        Label title = new Label("Input");
        title.getStyleClass().add(Styles.LAYER_TITLE);
        Label detail = new Label(n > 0 ? n + " features per time step" : "input size not set: layer 0 sets nIn");
        detail.getStyleClass().add(Styles.LAYER_DETAIL);
        Label shape = new Label("[mb, " + (n > 0 ? n : "?") + ", T]");
        shape.getStyleClass().add(Styles.LAYER_SHAPE);
        VBox left = new VBox(2, title, detail);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox card = new HBox(12, left, shape);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add(Styles.IO_CARD);
        card.setId("input-card");
        return card;
    }

    private static Node connector(String preProcessor) {
        Line line = new Line(0, 0, 0, 22);
        line.getStyleClass().add("connector-line");
        StackPane connector = new StackPane(line);
        connector.getStyleClass().add(Styles.CONNECTOR);
        if (preProcessor != null) {
            Label chip = new Label(preProcessor);
            chip.getStyleClass().add(Styles.PREPROCESSOR_CHIP);
            chip.setId("preprocessor-" + preProcessor);
            chip.setTooltip(new javafx.scene.control.Tooltip(
                    "Inserted by the engine: changes the data layout between a time series [mb, n, T]"
                            + " and per-step rows [mb·T, n]"));
            line.setEndY(34);
            connector.getChildren().add(chip);
        }
        return connector;
    }

    // ---- drag and drop -----------------------------------------------------------------------------------

    private void onDragOver(DragEvent e) {
        String payload = payloadOf(e.getDragboard());
        if (payload == null) {
            return;
        }
        e.acceptTransferModes(LayerDrag.isMove(payload) ? new TransferMode[] {TransferMode.MOVE}
                : TransferMode.COPY_OR_MOVE);
        markDropAt(insertionIndex(e.getY()));
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        String payload = payloadOf(e.getDragboard());
        boolean done = false;
        if (payload != null) {
            int at = insertionIndex(e.getY());
            if (LayerDrag.isAdd(payload)) {
                vm.insertLayer(LayerDrag.kindOf(payload), at);
                done = true;
            } else if (LayerDrag.isMove(payload)) {
                int from = LayerDrag.indexOf(payload);
                vm.moveLayer(from, at > from ? at - 1 : at);
                done = true;
            }
        }
        clearDropMarks();
        e.setDropCompleted(done);
        e.consume();
    }

    private static String payloadOf(Dragboard db) {
        Object content = db.getContent(LayerDrag.FORMAT);
        return content instanceof String ? (String) content : null;
    }

    /** Where a drop at {@code y} (stack coordinates) inserts: before the first card whose middle is below it. */
    private int insertionIndex(double y) {
        for (LayerCard card : cards) {
            if (y < card.getBoundsInParent().getMinY() + card.getBoundsInParent().getHeight() / 2) {
                return card.index();
            }
        }
        return cards.size();
    }

    private void markDropAt(int index) {
        clearDropMarks();
        if (index < cards.size()) {
            cards.get(index).pseudoClassStateChanged(Styles.DROP_BEFORE, true);
        } else {
            dropHint.pseudoClassStateChanged(Styles.DROP_AFTER, true);
        }
    }

    private void clearDropMarks() {
        for (Region r : cards) {
            r.pseudoClassStateChanged(Styles.DROP_BEFORE, false);
        }
        if (dropHint != null) {
            dropHint.pseudoClassStateChanged(Styles.DROP_AFTER, false);
        }
    }
}
