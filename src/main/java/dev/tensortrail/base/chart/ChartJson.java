package dev.tensortrail.base.chart;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the few Chart.js configurations the dashboards need, as JSON text, with Jackson: labels
 * and names are data, never pasted into a template, so a quote or a tag in a module title stays a
 * string.
 */
public final class ChartJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();
    private static final String BLUE = "#1676f3";
    private static final String RED = "#c4302b";

    private ChartJson() {}

    /** A horizontal bar chart (e.g. mastery level per skill, 0..max with named ticks). */
    public static String horizontalBars(
            List<String> labels, List<? extends Number> values, String label, List<String> tickNames) {
        var chart = chart("bar", labels);
        dataset(chart, label, values).put("backgroundColor", BLUE);
        var options = options(chart);
        options.put("indexAxis", "y");
        noLegend(options);
        var x = options.putObject("scales").putObject("x");
        x.put("min", 0);
        x.put("max", tickNames.size() - 1);
        x.putObject("ticks").put("stepSize", 1);
        x.set("tickNames", strings(tickNames));
        return JSON.writeValueAsString(chart);
    }

    /** A line chart of scores in percent with a dashed horizontal pass line. */
    public static String scoreLine(
            List<String> labels, List<? extends Number> scores, String label, int passLine, String passLabel) {
        var chart = chart("line", labels);
        var scoresSet = dataset(chart, label, scores);
        scoresSet.put("borderColor", BLUE);
        scoresSet.put("backgroundColor", BLUE);
        scoresSet.put("pointStyle", "circle");
        scoresSet.put("pointRadius", 4);
        var passSet =
                dataset(chart, passLabel, labels.stream().map(l -> passLine).toList());
        passSet.put("borderColor", RED);
        passSet.putArray("borderDash").add(6).add(4);
        passSet.put("pointRadius", 0);
        var y = options(chart).putObject("scales").putObject("y");
        y.put("min", 0);
        y.put("max", 100);
        return JSON.writeValueAsString(chart);
    }

    /** A vertical bar chart (e.g. the completion funnel). */
    public static String bars(List<String> labels, List<? extends Number> values, String label) {
        var chart = chart("bar", labels);
        dataset(chart, label, values).put("backgroundColor", BLUE);
        var options = options(chart);
        noLegend(options);
        var y = options.putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        y.putObject("ticks").put("precision", 0);
        return JSON.writeValueAsString(chart);
    }

    private static ObjectNode chart(String type, List<String> labels) {
        var chart = NODES.objectNode();
        chart.put("type", type);
        var data = chart.putObject("data");
        data.set("labels", strings(labels));
        data.putArray("datasets");
        return chart;
    }

    private static ObjectNode dataset(ObjectNode chart, String label, List<? extends Number> values) {
        var set = ((ArrayNode) chart.get("data").get("datasets")).addObject();
        set.put("label", label);
        var data = set.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else if (v instanceof Integer || v instanceof Long) {
                data.add(v.longValue());
            } else {
                data.add(v.doubleValue());
            }
        });
        return set;
    }

    /** Options every chart shares: no animation (reduced motion, and screenshots), fills its box. */
    private static ObjectNode options(ObjectNode chart) {
        var options = chart.putObject("options");
        options.put("animation", false);
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        return options;
    }

    private static void noLegend(ObjectNode options) {
        options.putObject("plugins").putObject("legend").put("display", false);
    }

    private static ArrayNode strings(List<String> values) {
        var array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
