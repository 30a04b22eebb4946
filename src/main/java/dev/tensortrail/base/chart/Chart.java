package dev.tensortrail.base.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * A Chart.js chart with its text alternative: a one-sentence summary that screen readers read
 * (the canvas's label), and the same data as a table that a toggle shows. The chart's
 * configuration is JSON built by the caller (see {@link ChartJson}).
 */
@JavaScript("context://webjars/chart.js/dist/chart.umd.min.js")
@JavaScript("context://scripts/charts.js")
public class Chart extends Div {

    private final Div canvasBox = new Div();
    private final Div tableBox = new Div();
    private final Button toggle = new Button();
    private final String config;

    /**
     * @param title   heading of the chart card
     * @param summary one sentence saying what the chart shows (read by screen readers)
     * @param config  Chart.js configuration as JSON
     * @param header  column names of the text-alternative table
     * @param rows    the data, as text, row by row
     */
    public Chart(String title, String summary, String config, List<String> header, List<List<String>> rows) {
        this.config = config;
        addClassName("tt-chart");
        var heading = new H3(title);
        var canvas = new com.vaadin.flow.dom.Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", summary);
        canvasBox.getElement().appendChild(canvas);
        canvasBox.addClassName("tt-chart-canvas");
        var sentence = new Paragraph(summary);
        sentence.addClassName("tt-meta");

        var table = new NativeTable();
        var head = new NativeTableRow();
        header.forEach(h -> head.add(new NativeTableHeaderCell(h)));
        table.add(new NativeTableHeader(head));
        var body = new NativeTableBody();
        rows.forEach(r -> {
            var row = new NativeTableRow();
            r.forEach(cell -> row.add(new NativeTableCell(cell)));
            body.add(row);
        });
        table.add(body);
        table.addClassName("tt-chart-table");
        tableBox.add(table);
        tableBox.setVisible(false);

        toggle.setText(getTranslation("chart.show-table"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean show = !tableBox.isVisible();
            tableBox.setVisible(show);
            toggle.setText(getTranslation(show ? "chart.hide-table" : "chart.show-table"));
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
        });
        add(heading, canvasBox, sentence, toggle, tableBox);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        canvasBox.getElement().executeJs("window.tensortrail.chart(this.querySelector('canvas'), $0)", config);
    }
}
