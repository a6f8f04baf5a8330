package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A help page read into blocks: headings ({@code # } lines), code (lines indented by four spaces) and
 * paragraphs (everything else, joined until a blank line). Kept apart from the view so the parsing is tested.
 */
public final class HelpPage {

    /** Kinds of block. */
    public enum Kind {
        HEADING, PARAGRAPH, CODE
    }

    /** One block of text. */
    public record Block(Kind kind, String text) {
    }

    private HelpPage() {
    }

    /** Reads a topic's page from the class path. */
    public static List<Block> load(HelpTopic topic) {
        try (InputStream in = HelpPage.class.getResourceAsStream(topic.resourcePath())) {
            if (in == null) {
                return List.of(new Block(Kind.PARAGRAPH, "This page is missing from the installation."));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of(new Block(Kind.PARAGRAPH, "This page could not be read: " + e.getMessage()));
        }
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            if (line.startsWith("    ")) {
                flush(blocks, Kind.PARAGRAPH, para);
                code.append(code.length() > 0 ? "\n" : "").append(line.substring(4));
            } else if (line.isBlank()) {
                flush(blocks, Kind.PARAGRAPH, para);
                flush(blocks, Kind.CODE, code);
            } else if (line.startsWith("# ")) {
                flush(blocks, Kind.PARAGRAPH, para);
                flush(blocks, Kind.CODE, code);
                blocks.add(new Block(Kind.HEADING, line.substring(2).trim()));
            } else {
                flush(blocks, Kind.CODE, code);
                para.append(para.length() > 0 ? " " : "").append(line.trim());
            }
        }
        flush(blocks, Kind.PARAGRAPH, para);
        flush(blocks, Kind.CODE, code);
        return blocks;
    }

    private static void flush(List<Block> blocks, Kind kind, StringBuilder sb) {
        if (sb.length() > 0) {
            blocks.add(new Block(kind, sb.toString()));
            sb.setLength(0);
        }
    }
}
