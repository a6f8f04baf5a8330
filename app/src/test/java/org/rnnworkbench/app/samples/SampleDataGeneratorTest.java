package org.rnnworkbench.app.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators are deterministic and produce the structure each sample is about. */
class SampleDataGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameFilesBitForBit() throws IOException {
        SampleDataGenerator.sequenceClassification(dir.resolve("a"), 2);
        SampleDataGenerator.sequenceClassification(dir.resolve("b"), 2);
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/features/" + i + ".csv")),
                    Files.readAllBytes(dir.resolve("b/features/" + i + ".csv")));
        }
        assertEquals(new GrammarText(5).generate(5000), new GrammarText(5).generate(5000));
    }

    @Test
    void grammarTextClosesItsQuotesAndBracketsAndWrapsLines() {
        String text = new GrammarText(3).generate(200_000);
        int depth = 0;
        int quotes = 0;
        int maxDepth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                maxDepth = Math.max(maxDepth, ++depth);
            } else if (c == ')') {
                depth--;
                assertTrue(depth >= 0, "a bracket closes only what opened");
            } else if (c == '"') {
                quotes++;
            }
        }
        assertEquals(0, depth, "every bracket closes");
        assertEquals(0, quotes % 2, "every quotation closes");
        assertTrue(maxDepth >= 2, "brackets nest");
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.length() <= 72), "lines wrap at 72");
        assertTrue(lines.stream().filter(l -> l.length() > 60).count() > lines.size() / 2, "lines are mostly full");
    }

    @Test
    void layoutsAreTheGuides() throws IOException {
        SampleDataGenerator.sequenceClassification(dir.resolve("cls"), 1);
        List<String> chart = Files.readAllLines(dir.resolve("cls/features/0.csv"));
        assertTrue(chart.size() >= 40 && chart.size() <= 80, "length 40..80");
        assertEquals(List.of("0"), Files.readAllLines(dir.resolve("cls/labels/0.csv")), "one-line label file");
        assertEquals(List.of("5"), Files.readAllLines(dir.resolve("cls/labels/5.csv")));

        SampleDataGenerator.regression(dir.resolve("reg"), 2);
        List<String> f = Files.readAllLines(dir.resolve("reg/features/0.csv"));
        List<String> l = Files.readAllLines(dir.resolve("reg/labels/0.csv"));
        assertEquals(f.size(), l.size());
        assertEquals(f.get(1), l.get(0), "labels are the features one step ahead");

        SampleDataGenerator.oneToMany(dir.resolve("otm"), 4);
        assertEquals(List.of("0,0,1,0"), Files.readAllLines(dir.resolve("otm/features/2.csv")), "one-line features");
        assertEquals(12, Files.readAllLines(dir.resolve("otm/labels/2.csv")).size());

    }

    /**
     * Every answer window is flagged in the second column, labelled with the sign of the marker before it, and
     * opens more than 50 and less than 200 steps after that marker; outside the windows the label is 0.
     */
    @Test
    void longSequencesHoldManyQuestionsAnsweredBetween50And200StepsAfterTheirMarker() throws IOException {
        SampleDataGenerator.truncatedBptt(dir.resolve("tb"), 4);
        for (int i = 0; i < 4; i++) {
            List<String> features = Files.readAllLines(dir.resolve("tb/features/" + i + ".csv"));
            List<String> labels = Files.readAllLines(dir.resolve("tb/labels/" + i + ".csv"));
            assertTrue(features.size() >= 2000 && features.size() <= 2400, "length " + features.size());
            assertEquals(features.size(), labels.size(), "one label per step");
            int markerAt = -1;
            int markerClass = 0;
            int questions = 0;
            boolean inWindow = false;
            for (int t = 0; t < features.size(); t++) {
                String[] cells = features.get(t).split(",");
                int marker = Integer.parseInt(cells[0]);
                boolean window = cells[1].equals("1");
                int label = Integer.parseInt(labels.get(t));
                if (marker != 0) {
                    assertTrue(!window && Math.abs(marker) == SampleDataGenerator.MARKER, "marker at " + t);
                    markerAt = t;
                    markerClass = marker > 0 ? 1 : 2;
                }
                if (window && !inWindow) {
                    questions++;
                    int distance = t - markerAt;
                    assertTrue(markerAt >= 0 && distance > 50 && distance < 200, "window at " + t + " opens "
                            + distance + " steps after its marker");
                }
                inWindow = window;
                assertEquals(window ? markerClass : SampleDataGenerator.NO_QUESTION, label, "label at step " + t);
            }
            assertTrue(questions >= 7, questions + " questions in sequence " + i);
        }
    }
}
