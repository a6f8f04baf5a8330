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
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
}
