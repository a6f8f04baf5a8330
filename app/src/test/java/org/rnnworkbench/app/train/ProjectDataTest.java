package org.rnnworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnnworkbench.model.data.CharacterVocabulary;

class ProjectDataTest {
    @Test
    void aCharacterModelsClassesAreItsCharactersWithSpacesAndLineBreaksVisible() {
        CharacterVocabulary vocabulary = CharacterVocabulary.build("ab a\nb", false, 1);
        assertEquals(List.of("'\u21b5'", "'\u2423'", "'a'", "'b'"), ProjectData.classNames(vocabulary));
        assertEquals(List.of(), ProjectData.classNames(null));
    }
}
