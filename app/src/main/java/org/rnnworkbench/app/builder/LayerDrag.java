package org.rnnworkbench.app.builder;

import javafx.scene.input.DataFormat;

/**
 * What a drag in the builder carries: either a palette entry ({@code add:GravesLSTM}) or a card being
 * moved ({@code move:2}). One private data format, so that drags from other programs are ignored.
 */
final class LayerDrag {
    /** The workbench's own drag format; DataFormat instances are unique per JVM, hence one constant. */
    static final DataFormat FORMAT = new DataFormat("application/x-rnnworkbench-layer");
    private static final String ADD = "add:";
    private static final String MOVE = "move:";

    private LayerDrag() {
    }

    static String add(LayerKind kind) {
        return ADD + kind.name();
    }

    static String move(int index) {
        return MOVE + index;
    }

    static boolean isAdd(String payload) {
        return payload != null && payload.startsWith(ADD);
    }

    static boolean isMove(String payload) {
        return payload != null && payload.startsWith(MOVE);
    }

    static LayerKind kindOf(String payload) {
        return LayerKind.valueOf(payload.substring(ADD.length()));
    }

    static int indexOf(String payload) {
        return Integer.parseInt(payload.substring(MOVE.length()));
    }
}
