package dev.tensortrail.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The quiz page states its as-of date once (prompts ask about "today" instead of repeating a date). */
class QuizAsOfTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_quiz_page_shows_its_as_of_date_exactly_once() {
        String email = learners.newLearner("Quentin Quiz");
        learners.completeLessons(email, "graphs");
        login(email);
        LocalDate asOf = jdbc.sql("select as_of from quiz where slug = 'graphs-quiz'")
                .query(LocalDate.class)
                .single();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(UI.getCurrent().getLocale())
                .format(asOf);

        UI.getCurrent().navigate("quizzes/graphs-quiz");
        String page = com.github.mvysny.kaributesting.v10.LocatorJ._get(QuizView.class)
                .getElement()
                .getOuterHTML();

        assertThat(page.split(java.util.regex.Pattern.quote(date), -1).length - 1)
                .as("'%s' on the page", date)
                .isOne();
    }
}
