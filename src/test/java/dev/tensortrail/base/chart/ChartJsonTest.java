package dev.tensortrail.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void labels_with_quotes_backslashes_tags_and_control_characters_stay_strings() {
        var awkward = List.of("Graphs \"eager\"", "C:\\path", "</script><b>x</b>", "tab\there", "Ünïcödé ⚙");

        JsonNode chart = JSON.readTree(ChartJson.bars(awkward, List.of(1, 2, 3, 4, 5), "Learners \"reached\""));

        assertThat(chart.get("data")
                        .get("labels")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(awkward);
        assertThat(chart.at("/data/datasets/0/label").asString()).isEqualTo("Learners \"reached\"");
        assertThat(chart.at("/options/scales/y/beginAtZero").asBoolean()).isTrue();
        assertThat(chart.at("/options/animation").asBoolean(true)).isFalse();
    }

    @Test
    void a_score_line_draws_the_pass_mark_at_every_label_and_keeps_missing_scores_empty() {
        JsonNode chart = JSON.readTree(
                ChartJson.scoreLine(List.of("1", "2", "3"), Arrays.asList(55.5, null, 90), "Score", 80, "Pass mark"));

        JsonNode scores = chart.at("/data/datasets/0/data");
        assertThat(scores.get(0).asDouble()).isEqualTo(55.5);
        assertThat(scores.get(1).isNull()).isTrue();
        assertThat(scores.get(2).asInt()).isEqualTo(90);
        assertThat(chart.at("/data/datasets/1/data")
                        .valueStream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(80, 80, 80);
        assertThat(chart.at("/data/datasets/1/label").asString()).isEqualTo("Pass mark");
        assertThat(chart.at("/options/scales/y/max").asInt()).isEqualTo(100);
    }

    @Test
    void horizontal_bars_name_their_ticks_and_end_at_the_highest_level() {
        JsonNode chart = JSON.readTree(ChartJson.horizontalBars(
                List.of("graphs"),
                List.of(2),
                "Mastery",
                List.of("Not started", "Familiar", "Proficient", "Mastered")));

        assertThat(chart.at("/options/indexAxis").asString()).isEqualTo("y");
        assertThat(chart.at("/options/scales/x/max").asInt()).isEqualTo(3);
        assertThat(chart.at("/options/scales/x/tickNames/3").asString()).isEqualTo("Mastered");
    }
}
