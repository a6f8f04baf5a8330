package org.rnnworkbench.app.ui;

import javafx.css.PseudoClass;

/**
 * Style class names of the workbench, one constant each, so that Java code and the theme CSS
 * ({@code org/rnnworkbench/ui/workbench.css}) agree on them and a rename is one edit.
 */
public final class Styles {
    private Styles() {
    }

    // shell
    public static final String WORKBENCH = "workbench";
    public static final String NAV_BAR = "nav-bar";
    public static final String NAV_BUTTON = "nav-button";
    public static final String NAV_BRAND = "nav-brand";
    public static final String NAV_BRAND_SUB = "nav-brand-sub";
    public static final String AREA = "area";
    public static final String PLACEHOLDER = "placeholder";
    public static final String PLACEHOLDER_TITLE = "placeholder-title";
    public static final String PLACEHOLDER_TEXT = "placeholder-text";
    public static final String PLACEHOLDER_GLYPH = "placeholder-glyph";
    public static final String PLACEHOLDER_BADGE = "placeholder-badge";
    public static final String READINESS = "readiness";
    public static final String STATUS_ENGINE = "status-engine";
    public static final String STATUS_MEMORY = "status-memory";

    // panels and text
    public static final String PANEL = "panel";
    public static final String PANEL_HEADER = "panel-header";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";
    public static final String HINT = "hint";
    public static final String MONO = "mono";
    public static final String FORM = "form";
    public static final String FORM_LABEL = "form-label";
    public static final String PRIMARY_BUTTON = "primary-button";
    public static final String ICON_BUTTON = "icon-button";
    public static final String ICON = "icon";
    public static final String FOOTER = "footer";

    // builder
    public static final String PALETTE = "palette";
    public static final String PALETTE_ITEM = "palette-item";
    public static final String PALETTE_SWATCH = "palette-swatch";
    public static final String TEMPLATE_ITEM = "template-item";
    public static final String STACK = "layer-stack";
    public static final String STACK_SCROLL = "layer-stack-scroll";
    public static final String LAYER_CARD = "layer-card";
    public static final String LAYER_STRIPE = "layer-stripe";
    public static final String LAYER_TITLE = "layer-title";
    public static final String LAYER_INDEX = "layer-index";
    public static final String LAYER_DETAIL = "layer-detail";
    public static final String LAYER_SHAPE = "layer-shape";
    public static final String LAYER_PARAMS = "layer-params";
    public static final String LAYER_ERROR = "layer-error";
    public static final String IO_CARD = "io-card";
    public static final String CONNECTOR = "connector";
    public static final String PREPROCESSOR_CHIP = "preprocessor-chip";
    public static final String DROP_HINT = "drop-hint";
    public static final String BANNER = "banner";
    public static final String BANNER_TEXT = "banner-text";
    public static final String INSPECTOR = "inspector";
    public static final String TOTAL_PARAMS = "total-params";

    /** Layer categories, set on cards and palette swatches to colour them. */
    public static final String KIND_RECURRENT = "kind-recurrent";
    public static final String KIND_BIDIRECTIONAL = "kind-bidirectional";
    public static final String KIND_DENSE = "kind-dense";
    public static final String KIND_OUTPUT = "kind-output";

    // train and evaluate
    public static final String TRAIN = "train";
    public static final String TRAIN_HEADER = "train-header";
    public static final String TOOLBAR_ROW = "toolbar-row";
    public static final String CHART_PAGE = "chart-page";
    public static final String LIVE_CHART = "live-chart";
    /** The tick labels a live chart draws on its canvas: their colour and font. */
    public static final String LIVE_CHART_TICKS = "live-chart-ticks";
    /** Prefix of the chart line colour classes {@code series-colour-0} to {@code series-colour-7}. */
    public static final String SERIES_COLOUR_PREFIX = "series-colour-";
    public static final String TBPTT = "tbptt";
    public static final String TBPTT_STRIP = "tbptt-strip";
    public static final String TBPTT_SEGMENT = "tbptt-segment";
    public static final String TBPTT_CARRIED = "tbptt-carried";
    public static final String TBPTT_REACH = "tbptt-reach";
    public static final String EVALUATE = "evaluate";
    public static final String METRIC_TABLE = "metric-table";
    public static final String METRIC_VALUE = "metric-value";
    public static final String HEAT_CELL = "heat-cell";
    public static final String HEAT_FILL = "heat-fill";
    public static final String HEAT_CELL_SMALL = "heat-cell-small";
    public static final String HEAT_HEADER = "heat-header";
    // data
    public static final String DATA_AREA = "data-area";
    public static final String STEP_BAR = "step-bar";
    public static final String STEP_BUTTON = "step-button";
    public static final String SOURCE_CARD = "source-card";
    public static final String SOURCE_TITLE = "source-title";
    public static final String RAW_PREVIEW = "raw-preview";
    public static final String RAW_LINE = "raw-line";
    public static final String RAW_NUMBER = "raw-number";
    public static final String RAW_SKIPPED = "raw-skipped";
    public static final String RAW_HIGHLIGHT = "raw-highlight";
    public static final String PARSED_CELL = "parsed-cell";
    public static final String PARSED_HEADER = "parsed-header";
    public static final String MATCH = "match";
    public static final String ERROR_BOX = "error-box";
    public static final String EXPLANATION = "explanation";
    public static final String GRID_CARD = "grid-card";
    public static final String GRID_TITLE = "grid-title";
    public static final String GRID_SHAPE = "grid-shape";
    public static final String GRID_AXIS = "grid-axis";
    public static final String CELL = "cell";
    public static final String CELL_PAD = "cell-pad";
    public static final String MASK_ONE = "mask-one";
    public static final String MASK_ZERO = "mask-zero";
    public static final String LEGEND = "legend";
    public static final String EXAMPLE_TEXT = "example-text";
    /** Prefix of the colour-scale classes {@code heat-n5} … {@code heat-0} … {@code heat-p5}. */
    public static final String HEAT_PREFIX = "heat-";
    // step
    public static final String STEP_CONTROLS = "step-controls";
    public static final String STEP_BUTTONS = "step-buttons";
    public static final String STEP_STREAMS = "step-streams";
    public static final String STREAM = "stream";
    public static final String STREAM_HEADER = "stream-header";
    public static final String STREAM_TEXT = "stream-text";
    public static final String TOKEN = "token";
    public static final String TOKEN_PRIME = "token-prime";
    public static final String TOKEN_RESTORED = "token-restored";
    public static final String TOKEN_NEWLINE = "token-newline";
    public static final String TOKEN_FORK = "token-fork";
    public static final String TOKEN_NO_PROBABILITY = "token-no-probability";
    /** Probability buckets, lowest first: {@code prob-0} to {@code prob-4}. */
    public static final String PROB_PREFIX = "prob-";
    /** Unit value buckets: {@code unit-n3} (most negative) to {@code unit-p3}. */
    public static final String UNIT_PREFIX = "unit-";
    public static final String NEXT_CHART = "next-chart";
    public static final String NEXT_BAR = "next-bar";
    public static final String NEXT_BAR_FILL = "next-bar-fill";
    public static final String NEXT_BAR_CHAR = "next-bar-char";
    public static final String NEXT_BAR_VALUE = "next-bar-value";
    public static final String HEAT_MAP = "heat-map";
    public static final String LEGEND_SWATCH = "legend-swatch";
    public static final String VERIFY_RESULT = "verify-result";
    public static final String STEP_MESSAGE = "step-message";
    public static final String TOUR_CARD = "tour-card";
    public static final String TOUR_TITLE = "tour-title";
    public static final String SEQUENCE_CHART = "sequence-chart";

    // help
    public static final String HELP = "help";
    public static final String HELP_HEADING = "help-heading";
    public static final String HELP_PARAGRAPH = "help-paragraph";
    public static final String HELP_CODE = "help-code";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass VALID = PseudoClass.getPseudoClass("valid");
    public static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    public static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    public static final PseudoClass FOCUSED_STREAM = PseudoClass.getPseudoClass("focused-stream");
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
}
