package dev.tensortrail.base.chart;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the few Chart.js configurations the dashboards need, as JSON text. */
public final class ChartJson {

    private ChartJson() {
    }

    /** A horizontal bar chart (e.g. mastery level per skill, 0..max with named ticks). */
    public static String horizontalBars(List<String> labels, List<? extends Number> values, String label,
            List<String> tickNames) {
        return """
                {"type":"bar","data":{"labels":%s,"datasets":[{"label":%s,"data":%s,"backgroundColor":"#1676f3"}]},
                 "options":{"animation":false,"indexAxis":"y","responsive":true,"maintainAspectRatio":false,
                  "plugins":{"legend":{"display":false}},
                  "scales":{"x":{"min":0,"max":%d,"ticks":{"stepSize":1},"tickNames":%s}}}}"""
                .formatted(strings(labels), string(label), numbers(values), tickNames.size() - 1, strings(tickNames));
    }

    /** A line chart of scores in percent with a dashed horizontal pass line. */
    public static String scoreLine(List<String> labels, List<? extends Number> scores, String label, int passLine,
            String passLabel) {
        String pass = labels.stream().map(l -> String.valueOf(passLine)).collect(Collectors.joining(",", "[", "]"));
        return """
                {"type":"line","data":{"labels":%s,"datasets":[
                  {"label":%s,"data":%s,"borderColor":"#1676f3","backgroundColor":"#1676f3","pointStyle":"circle","pointRadius":4},
                  {"label":%s,"data":%s,"borderColor":"#c4302b","borderDash":[6,4],"pointRadius":0}]},
                 "options":{"animation":false,"responsive":true,"maintainAspectRatio":false,"scales":{"y":{"min":0,"max":100}}}}"""
                .formatted(strings(labels), string(label), numbers(scores), string(passLabel), pass);
    }

    /** A vertical bar chart (e.g. the completion funnel). */
    public static String bars(List<String> labels, List<? extends Number> values, String label) {
        return """
                {"type":"bar","data":{"labels":%s,"datasets":[{"label":%s,"data":%s,"backgroundColor":"#1676f3"}]},
                 "options":{"animation":false,"responsive":true,"maintainAspectRatio":false,"plugins":{"legend":{"display":false}},
                  "scales":{"y":{"beginAtZero":true,"ticks":{"precision":0}}}}}"""
                .formatted(strings(labels), string(label), numbers(values));
    }

    static String strings(List<String> values) {
        return values.stream().map(ChartJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(List<? extends Number> values) {
        return values.stream().map(v -> v == null ? "null" : String.format(Locale.ROOT, "%s", v))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string literal. */
    static String string(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
