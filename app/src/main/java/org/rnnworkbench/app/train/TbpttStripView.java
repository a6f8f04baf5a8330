package org.rnnworkbench.app.train;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnnworkbench.app.ui.Styles;

/**
 * The minibatch in training drawn as a strip of time steps: one block per forward segment (one update each),
 * the part of each block the gradient reaches shaded strongly and the part that only carries state forward
 * shaded lightly; the segment being trained is outlined. Widths are proportional to steps.
 */
final class TbpttStripView extends VBox {
    private final Label caption = new Label();
    private final GridPane strip = new GridPane();
    private final Label scale = new Label();
    private TbpttStrip shown;

    TbpttStripView() {
        getStyleClass().add(Styles.TBPTT);
        setId("tbptt-strip");
        caption.getStyleClass().add(Styles.MUTED);
        caption.setWrapText(true);
        strip.getStyleClass().add(Styles.TBPTT_STRIP);
        strip.setMaxWidth(Double.MAX_VALUE);
        scale.getStyleClass().add(Styles.HINT);
        getChildren().addAll(caption, strip, scale);
    }

    /** Shows a strip, with {@code current} the index of the segment being trained. */
    void show(TbpttStrip s, int current) {
        if (s == null) {
            caption.setText("The strip shows how each minibatch is cut for backpropagation once training starts.");
            strip.getChildren().clear();
            scale.setText("");
            shown = null;
            return;
        }
        if (!s.equals(shown)) {
            build(s);
            shown = s;
        }
        for (int i = 0; i < strip.getChildren().size(); i++) {
            strip.getChildren().get(i).pseudoClassStateChanged(Styles.SELECTED, i == Math.min(current,
                    s.segments().size() - 1));
        }
    }

    private void build(TbpttStrip s) {
        TbpttStrip.Segment first = s.segments().get(0);
        if (s.truncated() && s.segments().size() == 1) {
            caption.setText("Truncated BPTT: this minibatch of " + s.length() + " steps fits in one forward segment"
                    + " (tBPTTForwardLength is longer), so it is one update; the gradient reaches back "
                    + (first.end() - first.reachStart()) + " steps.");
        } else if (s.truncated()) {
            caption.setText("Truncated BPTT: this minibatch of " + s.length() + " steps is " + s.segments().size()
                    + " forward segments of up to " + first.length() + " steps, one update each; the gradient"
                    + " reaches back " + (first.end() - first.reachStart()) + " steps in each (dark), state is"
                    + " carried across segments with the gradient cut.");
        } else {
            caption.setText("Standard BPTT: the whole minibatch of " + s.length() + " steps is one update; the"
                    + " gradient reaches back to step 0.");
        }
        scale.setText("step 0" + " ".repeat(4) + "→" + " ".repeat(4) + "step " + (s.length() - 1));
        strip.getChildren().clear();
        strip.getColumnConstraints().clear();
        for (int i = 0; i < s.segments().size(); i++) {
            TbpttStrip.Segment seg = s.segments().get(i);
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 * seg.length() / s.length());
            strip.getColumnConstraints().add(c);
            strip.add(block(seg, i), i, 0);
        }
    }

    private static Region block(TbpttStrip.Segment seg, int index) {
        GridPane block = new GridPane();
        block.getStyleClass().add(Styles.TBPTT_SEGMENT);
        block.setId("tbptt-segment-" + index);
        int carried = seg.reachStart() - seg.start();
        int reached = seg.end() - seg.reachStart();
        if (carried > 0) {
            block.getColumnConstraints().add(percent(100.0 * carried / seg.length()));
            Region r = new Region();
            r.getStyleClass().add(Styles.TBPTT_CARRIED);
            block.add(r, block.getColumnConstraints().size() - 1, 0);
        }
        block.getColumnConstraints().add(percent(100.0 * reached / seg.length()));
        Region r = new Region();
        r.getStyleClass().add(Styles.TBPTT_REACH);
        block.add(r, block.getColumnConstraints().size() - 1, 0);
        for (javafx.scene.Node n : block.getChildren()) {
            GridPane.setVgrow(n, Priority.ALWAYS);
            GridPane.setHgrow(n, Priority.ALWAYS);
            ((Region) n).setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        block.setMinHeight(22);
        block.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(block, new Tooltip("Segment " + (index + 1) + ": steps " + seg.start() + "–" + (seg.end() - 1)
                + ", gradient from step " + (seg.end() - 1) + " back to " + seg.reachStart()));
        return block;
    }

    private static ColumnConstraints percent(double p) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(p);
        return c;
    }
}
