package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10: a skill is named to a learner by its title and links to a lesson, never shown as its slug. */
@IntegrationTest
class SkillTitlesTest {

    @Autowired
    Curriculum curriculum;

    @Test
    void every_skill_a_lesson_teaches_has_a_title_and_a_lesson_to_link_to() throws IOException {
        var translations = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(in);
        }
        assertThat(curriculum.skills()).isNotEmpty().allSatisfy(skill -> {
            assertThat(translations.getProperty("skill." + skill))
                    .as("title of skill " + skill)
                    .isNotBlank()
                    .isNotEqualTo(skill);
            assertThat(curriculum.lessonTeaching(skill))
                    .as("lesson of skill " + skill)
                    .isPresent();
        });
        assertThat(curriculum.lessonTeaching("no-such-skill")).isEmpty();
    }
}
