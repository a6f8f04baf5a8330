package org.rnnworkbench.app.data;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.rnnworkbench.app.ui.CommitField;
import org.rnnworkbench.app.ui.FormGrid;
import org.rnnworkbench.app.ui.Styles;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;

/**
 * The Data area: the import wizard as a page whose five steps stay reachable from the step bar, with Back and
 * Next, the import button, its progress and cancel, and the engine's error with a "Show file" action. Every
 * control writes a view-model property; the view-model recomputes the previews in the background and the page
 * follows its outputs when they arrive.
 */
public final class DataView extends BorderPane {
    private static final double SOURCE_CARD_HEIGHT = 92;
    private final DataViewModel vm;
    private final StackPane content = new StackPane();
    private final ToggleGroup steps = new ToggleGroup();

    public DataView(DataViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll(Styles.AREA, Styles.DATA_AREA);
        setId("data-view");
        setTop(stepBar());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.STACK_SCROLL);
        content.setPadding(new Insets(18, 22, 18, 22));
        content.setAlignment(Pos.TOP_LEFT);
        setCenter(scroll);
        setBottom(footer());
        show(vm.stepProperty().get());
        vm.stepProperty().addListener((obs, was, is) -> show(is));
    }

    private Node stepBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add(Styles.STEP_BAR);
        for (WizardStep step : WizardStep.values()) {
            ToggleButton b = new ToggleButton((step.ordinal() + 1) + "  " + step.title());
            b.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add(Styles.STEP_BUTTON);
            b.setToggleGroup(steps);
            b.setUserData(step);
            b.setOnAction(e -> {
                vm.stepProperty().set(step);
                b.setSelected(true);
            });
            bar.getChildren().add(b);
        }
        return bar;
    }

    private void show(WizardStep step) {
        steps.getToggles().forEach(t -> t.setSelected(t.getUserData() == step));
        Node page;
        switch (step) {
            case SOURCE:
                page = sourcePage();
                break;
            case FILES:
                page = filesPage();
                break;
            case TASK:
                page = taskPage();
                break;
            case ALIGNMENT:
                page = alignmentPage();
                break;
            case PREVIEW:
            default:
                page = new PreviewPane(vm);
                break;
        }
        content.getChildren().setAll(page);
    }

    // ---- footer ------------------------------------------------------------------------------------------

    private Node footer() {
        Button back = new Button("Back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.stepProperty().isEqualTo(WizardStep.SOURCE));
        Button next = new Button("Next");
        next.setId("data-next");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.stepProperty().isEqualTo(WizardStep.PREVIEW));

        Label status = new Label();
        status.setId("data-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!vm.resultTextProperty().get().isEmpty()) {
                return vm.resultTextProperty().get();
            }
            if (!vm.progressTextProperty().get().isEmpty()) {
                return vm.progressTextProperty().get();
            }
            return vm.previewingProperty().get() ? "Reading the files…" : vm.specProblemProperty().get();
        }, vm.resultTextProperty(), vm.progressTextProperty(), vm.previewingProperty(), vm.specProblemProperty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.importingProperty());
        progress.managedProperty().bind(vm.importingProperty());
        progress.setPrefWidth(180);
        Button cancel = new Button("Cancel");
        cancel.setId("data-cancel");
        cancel.setOnAction(e -> vm.cancelImport());
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(vm.importingProperty());
        Button importButton = new Button("Import");
        importButton.setId("data-import");
        importButton.getStyleClass().add(Styles.PRIMARY_BUTTON);
        importButton.setOnAction(e -> vm.importData());
        importButton.disableProperty().bind(vm.importingProperty());

        HBox row = new HBox(10, back, next, status, progress, cancel, importButton);
        row.setAlignment(Pos.CENTER_LEFT);

        Label errorText = new Label();
        errorText.setId("data-error");
        errorText.setWrapText(true);
        errorText.textProperty().bind(vm.errorTextProperty());
        HBox.setHgrow(errorText, Priority.ALWAYS);
        errorText.setMaxWidth(Double.MAX_VALUE);
        Button showFile = new Button("Show file");
        showFile.setId("data-show-file");
        showFile.setOnAction(e -> vm.showErrorFile());
        showFile.visibleProperty().bind(vm.errorProperty().isNotNull());
        HBox errorBox = new HBox(errorText, showFile);
        errorBox.getStyleClass().add(Styles.ERROR_BOX);
        errorBox.visibleProperty().bind(vm.errorTextProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        VBox footer = new VBox(8, errorBox, row);
        footer.getStyleClass().add(Styles.FOOTER);
        return footer;
    }

    // ---- 1 source ----------------------------------------------------------------------------------------

    private Node sourcePage() {
        VBox page = page("Where do the sequences come from?");
        ToggleGroup group = new ToggleGroup();
        for (SourceKind kind : SourceKind.values()) {
            Label title = new Label(kind.title());
            title.getStyleClass().add(Styles.SOURCE_TITLE);
            Label text = new Label(kind.description());
            text.setWrapText(true);
            text.getStyleClass().add(Styles.MUTED);
            ToggleButton card = new ToggleButton();
            card.setGraphic(new VBox(4, title, text));
            card.getStyleClass().setAll(Styles.SOURCE_CARD);
            card.setId("source-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            card.setMaxWidth(620);
            // a button measures a wrapping graphic without a width, as if every word were on a line of its own;
            // the card's height is set instead: a title and two lines of text
            card.setPrefHeight(SOURCE_CARD_HEIGHT);
            card.setMinHeight(Region.USE_PREF_SIZE);
            card.setMaxHeight(Region.USE_PREF_SIZE);
            card.setPrefWidth(620);
            card.setToggleGroup(group);
            card.setUserData(kind);
            card.setSelected(vm.sourceKindProperty().get() == kind);
            card.setOnAction(e -> {
                vm.sourceKindProperty().set(kind);
                card.setSelected(true);
            });
            page.getChildren().add(card);
        }
        // the project's data source may arrive after the page is built (opening a project shows the area first)
        ChangeListener<SourceKind> follow = (obs, was, is) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == is));
        page.getProperties().put("follow-source-kind", follow);
        vm.sourceKindProperty().addListener(new WeakChangeListener<>(follow));
        return page;
    }

    // ---- 2 files -----------------------------------------------------------------------------------------

    private Node filesPage() {
        VBox page = page("Which files?");
        FormGrid form = new FormGrid();
        if (vm.sourceKindProperty().get() == SourceKind.CHARACTER_TEXT) {
            form.add("Text file", withBrowse(text(vm.textFileProperty(), "text-file"), false, vm.textFileProperty()),
                    "A UTF-8 text; relative paths start at the project folder");
            page.getChildren().addAll(form, rawPreview());
            return page;
        }
        ComboBox<FilesMode> mode = combo(FilesMode.values(), FilesMode::title);
        mode.valueProperty().bindBidirectional(vm.filesModeProperty());
        form.add("Files", mode, "A numbered pattern such as features/%d.csv with a range, or every file of a folder");
        boolean separate = vm.sourceKindProperty().get() == SourceKind.SEPARATE_LABEL_FILES;
        boolean numbered = vm.filesModeProperty().get() == FilesMode.NUMBERED;
        if (numbered) {
            form.add("Features pattern", text(vm.featuresPatternProperty(), "features-pattern"),
                    "%d is the file number; %03d pads it with zeros");
            form.add("", matchLabel(vm.featuresMatchProperty()), null);
            if (separate) {
                form.add("Labels pattern", text(vm.labelsPatternProperty(), "labels-pattern"), null);
                form.add("", matchLabel(vm.labelsMatchProperty()), null);
            }
            form.add("First number", intField(vm.firstProperty(), "first"), null);
            form.add("Last number", intField(vm.lastProperty(), "last"), null);
        } else {
            form.add("Features folder", withBrowse(text(vm.featuresFolderProperty(), "features-folder"), true,
                    vm.featuresFolderProperty()), "Files are taken in the order of the number in their names");
            form.add("", matchLabel(vm.featuresMatchProperty()), null);
            if (separate) {
                form.add("Labels folder", withBrowse(text(vm.labelsFolderProperty(), "labels-folder"), true,
                        vm.labelsFolderProperty()), null);
                form.add("", matchLabel(vm.labelsMatchProperty()), null);
            }
            form.add("Extension", text(vm.extensionProperty(), "extension"), "Without the dot, such as csv");
        }
        form.add("Lines to skip", intField(vm.linesToSkipProperty(), "lines-to-skip"),
                "Header lines at the start of every file");
        ComboBox<Delimiter> delimiter = new ComboBox<>();
        delimiter.getItems().addAll(null, Delimiter.COMMA, Delimiter.TAB, Delimiter.SEMICOLON);
        Runnable names = () -> delimiter.setConverter(converter(d -> d == null
                ? "Detect (" + name(vm.detectedDelimiterProperty().get()) + ")" : name(d)));
        names.run();
        // the detection arrives from the background after the page is shown; a new converter redraws the names
        vm.detectedDelimiterProperty().addListener((obs, was, is) -> names.run());
        delimiter.setValue(vm.delimiterProperty().get());
        delimiter.valueProperty().addListener((obs, was, is) -> vm.delimiterProperty().set(is));
        form.add("Delimiter", delimiter, "Detected from the first file; choose one to override");
        mode.valueProperty().addListener((obs, was, is) -> show(WizardStep.FILES));
        page.getChildren().addAll(form, rawPreview());
        return page;
    }

    private static String name(Delimiter d) {
        return d == null ? "?" : d == Delimiter.TAB ? "tab" : d.name().toLowerCase(java.util.Locale.ROOT) + " "
                + d.symbol();
    }

    private Node matchLabel(javafx.beans.value.ObservableValue<FileMatch> match) {
        Label label = new Label();
        label.getStyleClass().add(Styles.MATCH);
        Runnable update = () -> {
            FileMatch m = match.getValue();
            label.setText(m == null ? "" : m.describe());
            label.pseudoClassStateChanged(Styles.ERROR, m != null && !m.complete());
        };
        match.addListener((obs, was, is) -> update.run());
        update.run();
        return label;
    }

    /** The first lines of the file as written, skipped lines greyed, and the parsed columns under them. */
    private Node rawPreview() {
        VBox box = new VBox(6);
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox lines = new VBox();
        lines.getStyleClass().add(Styles.RAW_PREVIEW);
        lines.setId("raw-preview");
        GridPane parsed = new GridPane();
        parsed.getStyleClass().add(Styles.RAW_PREVIEW);
        Label parsedTitle = new Label("Parsed columns");
        parsedTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Runnable name = () -> {
            Path file = vm.rawFileProperty().get();
            title.setText(file == null ? "No file to preview yet" : "First lines of " + file.getFileName());
        };
        Runnable fill = () -> {
            lines.getChildren().clear();
            parsed.getChildren().clear();
            int columns = 0;
            int row = 1;
            int previous = 0;
            for (RawLine line : vm.rawLines()) {
                if (previous > 0 && line.number() > previous + 1) {
                    // the lines between the first ones and an error's further down are not shown
                    Label gap = new Label("\u22EE  lines " + (previous + 1) + " to " + (line.number() - 1));
                    gap.getStyleClass().add(Styles.RAW_SKIPPED);
                    lines.getChildren().add(gap);
                }
                previous = line.number();
                Label number = new Label(String.valueOf(line.number()));
                number.getStyleClass().add(Styles.RAW_NUMBER);
                Label text = new Label(line.text() + (line.skipped() ? "    (skipped)" : ""));
                text.getStyleClass().add(Styles.RAW_LINE);
                if (line.skipped()) {
                    text.getStyleClass().add(Styles.RAW_SKIPPED);
                }
                HBox r = new HBox(number, text);
                r.setId("raw-line-" + line.number());
                if (line.number() == vm.highlightedLineProperty().get()) {
                    r.getStyleClass().add(Styles.RAW_HIGHLIGHT);
                }
                lines.getChildren().add(r);
                if (!line.skipped()) {
                    Label n = new Label(String.valueOf(line.number()));
                    n.getStyleClass().add(Styles.RAW_NUMBER);
                    parsed.add(n, 0, row);
                    for (int c = 0; c < line.cells().size(); c++) {
                        Label cell = new Label(line.cells().get(c));
                        cell.getStyleClass().add(Styles.PARSED_CELL);
                        parsed.add(cell, c + 1, row);
                    }
                    columns = Math.max(columns, line.cells().size());
                    row++;
                }
            }
            for (int c = 0; c < columns; c++) {
                Label header = new Label("column " + c);
                header.getStyleClass().add(Styles.PARSED_HEADER);
                parsed.add(header, c + 1, 0);
            }
        };
        // the view-model sets the file, then the highlighted line, then the lines: one fill per change of lines
        vm.rawLines().addListener((ListChangeListener<RawLine>) c -> fill.run());
        vm.rawFileProperty().addListener((obs, was, is) -> name.run());
        name.run();
        fill.run();
        box.getChildren().addAll(title, lines);
        if (vm.sourceKindProperty().get().csv()) {
            box.getChildren().addAll(parsedTitle, parsed);
        }
        return box;
    }

    // ---- 3 task ------------------------------------------------------------------------------------------

    private Node taskPage() {
        VBox page = page("What should the network learn?");
        if (vm.sourceKindProperty().get() == SourceKind.CHARACTER_TEXT) {
            Label words = new Label();
            words.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Classification over"
                    + " the vocabulary: at every step the label is the next character, one-hot. nIn = nOut = the"
                    + " vocabulary size (" + vm.vocabulary().size() + ").", vm.vocabulary()));
            words.setWrapText(true);
            page.getChildren().addAll(words, vocabularyTable());
            return page;
        }
        FormGrid form = new FormGrid();
        ComboBox<LabelType> type = combo(LabelType.values(), t -> t == LabelType.CLASSIFICATION
                ? "Classification" : "Regression");
        type.valueProperty().bindBidirectional(vm.labelTypeProperty());
        form.add("Task", type, "Classification: one class index per label line; regression: real-valued targets");
        FormGrid.Row classes = form.add("Number of classes", intField(vm.numClassesProperty(), "num-classes"),
                "Detected as the largest class index + 1; classes are zero-indexed");
        classes.setShown(vm.labelTypeProperty().get() == LabelType.CLASSIFICATION);
        type.valueProperty().addListener((obs, was, is) -> classes.setShown(is == LabelType.CLASSIFICATION));
        if (vm.sourceKindProperty().get() == SourceKind.LABEL_COLUMNS) {
            form.add("Label columns", text(vm.labelColumnsProperty(), "label-columns"),
                    "Zero-indexed, such as 2 or 2, 3; the other columns are the features");
        }
        Label detected = new Label();
        detected.setWrapText(true);
        detected.setId("detection");
        detected.getStyleClass().add(Styles.EXPLANATION);
        Runnable update = () -> {
            Detection d = vm.detectionProperty().get();
            detected.setText(d == null ? "Nothing to detect from yet." : "Detected: "
                    + (d.labelType() == LabelType.CLASSIFICATION ? d.numClasses() + " classes" : "regression")
                    + "; " + d.describe() + ". The guide aligns this with " + d.layout().suggestedAlignment() + ".");
        };
        vm.detectionProperty().addListener((obs, was, is) -> update.run());
        update.run();
        Button use = new Button("Use detected");
        use.setOnAction(e -> {
            vm.useDetection();
            show(WizardStep.TASK);
        });
        page.getChildren().addAll(form, new HBox(10, detected, use));
        return page;
    }

    private Node vocabularyTable() {
        TableView<VocabularyEntry> table = new TableView<>(vm.vocabulary());
        table.setId("vocabulary");
        TableColumn<VocabularyEntry, Integer> index = new TableColumn<>("index");
        // records have index(), not getIndex(), so a PropertyValueFactory would find nothing
        index.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().index()));
        TableColumn<VocabularyEntry, String> character = new TableColumn<>("character");
        character.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().shown()));
        TableColumn<VocabularyEntry, Long> count = new TableColumn<>("count");
        count.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().count()));
        table.getColumns().add(index);
        table.getColumns().add(character);
        table.getColumns().add(count);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMaxWidth(420);
        table.setPrefHeight(320);
        return table;
    }

    // ---- 4 alignment and batching ------------------------------------------------------------------------

    private Node alignmentPage() {
        VBox page = page("How are sequences batched?");
        FormGrid form = new FormGrid();
        if (vm.sourceKindProperty().get() == SourceKind.CHARACTER_TEXT) {
            form.add("Example length", intField(vm.exampleLengthProperty(), "example-length"),
                    "Characters per example: the time steps of one sequence");
            CheckBox lower = new CheckBox("Lower-case the text");
            lower.selectedProperty().bindBidirectional(vm.lowerCaseProperty());
            form.add("Case", lower, null);
            form.add("Minimum count", intField(vm.minCountProperty(), "min-count"),
                    "Characters seen fewer times share one unknown symbol");
        } else {
            VBox modes = new VBox(8);
            ToggleGroup group = new ToggleGroup();
            for (AlignmentMode mode : AlignmentMode.values()) {
                RadioButton radio = new RadioButton("AlignmentMode." + mode.name());
                radio.setId("align-" + mode.name());
                radio.setToggleGroup(group);
                radio.setSelected(vm.alignmentProperty().get() == mode);
                radio.setOnAction(e -> vm.alignmentProperty().set(mode));
                Label explanation = new Label(Alignments.explain(mode));
                explanation.getStyleClass().add(Styles.EXPLANATION);
                explanation.setWrapText(true);
                modes.getChildren().add(new VBox(2, radio, indent(explanation)));
            }
            form.add("Alignment", modes, "How features and labels of different lengths are padded and masked");
        }
        form.add("Minibatch size", intField(vm.minibatchSizeProperty(), "minibatch-size"), null);
        CheckBox shuffle = new CheckBox("Shuffle the training examples every epoch");
        shuffle.selectedProperty().bindBidirectional(vm.shuffleProperty());
        form.add("Shuffle", shuffle, null);
        CommitField seed = new CommitField(t -> {
            try {
                vm.seedProperty().set(Long.parseLong(t));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        });
        seed.show(String.valueOf(vm.seedProperty().get()));
        form.add("Seed", seed, "Seeds the shuffle and the validation split, so a run repeats");
        Spinner<Double> validation = new Spinner<>(0.0, 0.9, vm.validationFractionProperty().get(), 0.05);
        validation.setEditable(true);
        validation.valueProperty().addListener((obs, was, is) -> vm.validationFractionProperty().set(is));
        form.add("Validation split", validation, "Share of the sequences held out, chosen by file with the seed");
        if (vm.sourceKindProperty().get().csv()) {
            ComboBox<NormalizationType> normalization = new ComboBox<>();
            normalization.getItems().addAll(null, NormalizationType.STANDARDIZE, NormalizationType.MIN_MAX);
            normalization.setConverter(converter(n -> n == null ? "None (raw features)"
                    : n == NormalizationType.STANDARDIZE ? "Standardize: (x − mean) / std" : "Min-max into [0, 1]"));
            normalization.setValue(vm.normalizationProperty().get());
            normalization.valueProperty().addListener((obs, was, is) -> vm.normalizationProperty().set(is));
            form.add("Normalization", normalization, "Fitted on the training files only, at import");
        }
        page.getChildren().add(form);
        return page;
    }

    private static Node indent(Node node) {
        HBox box = new HBox(node);
        box.setPadding(new Insets(0, 0, 0, 26));
        return box;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static VBox page(String heading) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.PLACEHOLDER_TITLE);
        VBox page = new VBox(14, title);
        page.setMaxWidth(980);
        return page;
    }

    private static CommitField text(StringProperty property, String id) {
        CommitField field = new CommitField(t -> {
            property.set(t);
            return true;
        });
        field.setId(id);
        field.show(property.get());
        property.addListener((obs, was, is) -> {
            if (!is.equals(field.getText())) {
                field.show(is);
            }
        });
        return field;
    }

    private static CommitField intField(IntegerProperty property, String id) {
        CommitField field = new CommitField(t -> {
            try {
                property.set(Integer.parseInt(t));
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        });
        field.setId(id);
        field.setMaxWidth(120);
        field.show(String.valueOf(property.get()));
        property.addListener((obs, was, is) -> field.show(String.valueOf(is)));
        return field;
    }

    private Node withBrowse(CommitField field, boolean folder, StringProperty property) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            File chosen;
            if (folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setInitialDirectory(vm.baseFolder().toFile());
                chosen = chooser.showDialog(getScene().getWindow());
            } else {
                FileChooser chooser = new FileChooser();
                chooser.setInitialDirectory(vm.baseFolder().toFile());
                chosen = chooser.showOpenDialog(getScene().getWindow());
            }
            if (chosen != null) {
                property.set(relative(chosen.toPath()));
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(8, field, browse);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A path inside the project folder is kept relative, so the project can move with its data. */
    private String relative(Path chosen) {
        Path base = vm.baseFolder().toAbsolutePath().normalize();
        Path abs = chosen.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    private static <T> ComboBox<T> combo(T[] values, java.util.function.Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(converter(text));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
