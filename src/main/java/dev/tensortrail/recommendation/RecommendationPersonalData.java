package dev.tensortrail.recommendation;

import dev.tensortrail.account.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A learner's questionnaire answers and saved suggestions, for their data export. */
@Component
class RecommendationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    RecommendationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                new Section(
                        "learner_profile",
                        "Your answers to the framework questionnaire.",
                        jdbc.sql("select * from learner_profile where learner_id = ?")
                                .param(accountId)
                                .query()
                                .listOfRows()),
                new Section(
                        "saved_suggestion",
                        "The framework suggestions you saved.",
                        jdbc.sql("select * from saved_suggestion where learner_id = ? order by created_at")
                                .param(accountId)
                                .query()
                                .listOfRows()));
    }
}
