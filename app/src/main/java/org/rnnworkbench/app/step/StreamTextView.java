package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.rnnworkbench.app.ui.Styles;

/**
 * One stream's text, one label per character, tinted by the probability the character had when it was chosen
 * (or by the value of a picked unit after reading it). Hovering a character lists its alternatives; clicking
 * one offers to fork there. Characters are appended as steps arrive; the view rebuilds only when the stream
 * shows another branch or was restored. Only the last {@value #SHOWN} characters are laid out, so a long run
 * stays smooth.
 */
final class StreamTextView extends VBox {
    static final int SHOWN = 3000;
    private static final int ALTERNATIVES = 8;

    private final StepViewModel vm;
    private final int stream;
    private final Label header = new Label();
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final List<Label> labels = new ArrayList<>();
    private List<Token> shown = List.of();
    private int shownFrom;
    private int shownBranch = -1;
    private Set<Integer> forkPoints = Set.of();
    private ContextMenu menu;

    StreamTextView(StepViewModel vm, int stream) {
        this.vm = vm;
        this.stream = stream;
        getStyleClass().add(Styles.STREAM);
        setId("stream-" + stream);
        header.getStyleClass().add(Styles.STREAM_HEADER);
        scroll.getStyleClass().add(Styles.STREAM_TEXT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        flow.setId("stream-text-" + stream);
        getChildren().addAll(header, scroll);
        // follow the newest text once the flow has grown, which is after the layout pass that adds the labels
        flow.heightProperty().addListener((obs, was, is) -> scroll.setVvalue(1.0));
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        setOnMouseClicked(e -> vm.focusedStreamProperty().set(stream));
        vm.focusedStreamProperty().addListener((obs, was, is) -> focusChanged());
        focusChanged();
    }

    private void focusChanged() {
        pseudoClassStateChanged(Styles.FOCUSED_STREAM, vm.focusedStreamProperty().get() == stream);
    }

    /** Shows the stream as it is in {@code frame}. */
    void show(StreamFrame frame) {
        List<Token> tokens = frame.tokens();
        header.setText(frame.branches().isEmpty() ? "Stream " + (stream + 1) + "   ·   not primed yet"
                : "Stream " + (stream + 1) + "  ·  " + frame.generatedCount() + " new  ·  branch "
                + frame.activeBranch() + "/" + frame.branches().size());
        Set<Integer> forks = new HashSet<>(frame.forkPoints());
        boolean sameLine = frame.activeBranch() == shownBranch && tokens.size() >= shownFrom + shown.size()
                && forks.equals(forkPoints) && startsWith(tokens, shown, shownFrom);
        int from = Math.max(0, tokens.size() - SHOWN);
        if (!sameLine || from > shownFrom + SHOWN / 2) {
            flow.getChildren().clear();
            labels.clear();
            shownFrom = from;
            forkPoints = forks;
            appendFrom(tokens, from);
        } else {
            appendFrom(tokens, shownFrom + shown.size());
        }
        shown = tokens.subList(shownFrom, tokens.size());
        shownBranch = frame.activeBranch();
    }

    private static boolean startsWith(List<Token> tokens, List<Token> prefix, int offset) {
        if (prefix.isEmpty()) {
            return true;
        }
        int last = offset + prefix.size() - 1;
        // tokens are shared objects, so identity of the first and last shown is a cheap and sure test
        return tokens.get(offset) == prefix.get(0) && tokens.get(last) == prefix.get(prefix.size() - 1);
    }

    private void appendFrom(List<Token> tokens, int start) {
        List<Node> nodes = new ArrayList<>();
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Label label = new Label("\n".equals(t.text()) ? "↵" : t.text());
            label.getStyleClass().add(Styles.TOKEN);
            if ("\n".equals(t.text())) {
                label.getStyleClass().add(Styles.TOKEN_NEWLINE);
            }
            if (t.kind() == TokenKind.PRIME) {
                label.getStyleClass().add(Styles.TOKEN_PRIME);
            } else if (t.kind() == TokenKind.RESTORED) {
                label.getStyleClass().add(Styles.TOKEN_RESTORED);
            }
            if (forkPoints.contains(i)) {
                label.getStyleClass().add(Styles.TOKEN_FORK);
            }
            int position = i;
            label.setUserData(position);
            label.setOnMouseEntered(e -> installTip(label, position, t));
            label.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    vm.focusedStreamProperty().set(stream);
                    offerFork(label, position, t, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            tint(label, t);
            labels.add(label);
            nodes.add(label);
            if ("\n".equals(t.text())) {
                nodes.add(new Text("\n"));
            }
        }
        flow.getChildren().addAll(nodes);
    }

    /** Re-tints every shown character, e.g. when another unit is picked. */
    void retint() {
        for (Label label : labels) {
            int position = (Integer) label.getUserData();
            tint(label, shown.get(position - shownFrom));
        }
    }

    private void tint(Label label, Token t) {
        label.getStyleClass().removeIf(c -> c.startsWith(Styles.PROB_PREFIX) || c.startsWith(Styles.UNIT_PREFIX));
        MemorySource source = vm.memorySourceProperty().get();
        // activations live in -1..1; memory cells are unbounded, so they are scaled as the heat map scales them
        float scale = source != null && org.rnnworkbench.model.nn.RecurrentState.MEMORY.equals(source.key())
                ? vm.heatMapProperty().get().scale(vm.selectedUnitProperty().get()) : 1f;
        String bucket = TokenTint.styleClass(t, vm.tintProperty().get(), source, vm.selectedUnitProperty().get(),
                scale);
        if (bucket != null) {
            label.getStyleClass().add(bucket);
        }
    }

    private void installTip(Label label, int position, Token t) {
        if (label.getTooltip() != null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append('"').append(Glyphs.visible(t.text())).append("\" at ").append(position);
        if (!Double.isNaN(t.probability())) {
            text.append(String.format(" — p = %.1f%%", 100 * t.probability()));
        }
        if (t.kind() == TokenKind.PRIME) {
            text.append(" (prime)");
        }
        List<Alternative> alternatives = vm.alternativesAt(stream, position, ALTERNATIVES);
        if (!alternatives.isEmpty()) {
            text.append("\nThe network expected:");
            for (Alternative a : alternatives) {
                text.append(String.format("%n  %s  %5.1f%%", Glyphs.visible(a.text()), 100 * a.probability()));
            }
        }
        if (t.forkable()) {
            text.append("\nClick to continue from here with another character.");
        }
        Tooltip tip = new Tooltip(text.toString());
        tip.getStyleClass().add(Styles.MONO);
        tip.setShowDelay(Duration.millis(250));
        label.setTooltip(tip);
    }

    private void offerFork(Label label, int position, Token t, double x, double y) {
        if (menu != null) {
            menu.hide();
        }
        if (!t.forkable() || vm.playingProperty().get()) {
            return;
        }
        menu = new ContextMenu();
        MenuItem title = new MenuItem("Fork at \"" + Glyphs.visible(t.text()) + "\" (" + position + "): continue with");
        title.setDisable(true);
        menu.getItems().addAll(title, new SeparatorMenuItem());
        for (Alternative a : vm.alternativesAt(stream, position, ALTERNATIVES)) {
            MenuItem item = new MenuItem(String.format("%s   %.1f%%%s", Glyphs.visible(a.text()),
                    100 * a.probability(), a.index() == t.index() ? "   (as before)" : ""));
            item.setId("fork-" + a.index());
            item.setOnAction(e -> vm.fork(stream, position, a.index()));
            menu.getItems().add(item);
        }
        menu.show(label, x, y);
    }
}
