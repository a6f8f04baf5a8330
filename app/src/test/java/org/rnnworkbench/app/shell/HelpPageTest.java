package org.rnnworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpPageTest {
    @Test
    void parsesHeadingsParagraphsAndCode() {
        List<HelpPage.Block> blocks = HelpPage.parse("# Title\n\nFirst line\nsecond line.\n\n    code a\n    code b\n");
        assertEquals(List.of(new HelpPage.Block(HelpPage.Kind.HEADING, "Title"),
                new HelpPage.Block(HelpPage.Kind.PARAGRAPH, "First line second line."),
                new HelpPage.Block(HelpPage.Kind.CODE, "code a\ncode b")), blocks);
    }

    @Test
    void everyTopicHasAPageThatUsesTheGuidesNames() {
        for (HelpTopic topic : HelpTopic.values()) {
            List<HelpPage.Block> blocks = HelpPage.load(topic);
            assertTrue(blocks.size() > 3, topic + " has a real page");
            assertEquals(HelpPage.Kind.HEADING, blocks.get(0).kind());
        }
        String bptt = HelpPage.load(HelpTopic.TRUNCATED_BPTT).toString();
        assertTrue(bptt.contains("tBPTTForwardLength") && bptt.contains("tBPTTBackwardLength"));
        assertTrue(HelpPage.load(HelpTopic.STORED_STATE).toString().contains("rnnTimeStep"));
        assertTrue(HelpPage.load(HelpTopic.ALIGNMENT).toString().contains("ALIGN_END"));
    }
}
