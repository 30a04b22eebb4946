package dev.tensortrail.curriculum.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the optional top-level {@code changes:} list of a lesson's front matter or a quiz file
 * (docs/content-format.md). Works on the YAML node tree, not on the loaded values, so that each
 * problem names its line and a date is read exactly as written (SnakeYAML would silently turn
 * 2026-02-30 into March 2).
 */
public final class ChangeNotes {

    public static final String FIELD = "changes";
    public static final int MAX_NOTE_LENGTH = 300;

    private ChangeNotes() {}

    /**
     * @param yaml       the YAML text (for a lesson: the front matter only)
     * @param lineOffset lines of the file before {@code yaml} starts
     * @param today      the date no entry may be after (from the injected clock)
     * @return the entries, newest first; empty when the field is absent or has problems
     */
    public static List<ChangeNote> read(
            String file, String yaml, int lineOffset, LocalDate today, List<ContentProblem> problems) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return List.of(); // the caller has already reported broken YAML
        }
        if (!(root instanceof MappingNode mapping)) {
            return List.of();
        }
        Node value = value(mapping, FIELD);
        if (value == null || isNull(value)) {
            return List.of();
        }
        int before = problems.size();
        if (!(value instanceof SequenceNode list)) {
            problems.add(problem(
                    file, value, lineOffset, "'changes' must be a list of entries, each with" + " 'date' and 'note'"));
            return List.of();
        }
        List<ChangeNote> notes = new ArrayList<>();
        Set<ChangeNote> seen = new HashSet<>();
        int index = 0;
        for (Node item : list.getValue()) {
            index++;
            String where = "changes entry " + index + ": ";
            if (!(item instanceof MappingNode entry)) {
                problems.add(problem(file, item, lineOffset, where + "must have the fields 'date' and 'note'"));
                continue;
            }
            for (NodeTuple tuple : entry.getValue()) {
                String key = scalar(tuple.getKeyNode());
                if (!"date".equals(key) && !"note".equals(key)) {
                    problems.add(problem(
                            file,
                            tuple.getKeyNode(),
                            lineOffset,
                            where + "unknown field '" + key + "' (an entry has only 'date' and 'note')"));
                }
            }
            LocalDate date = date(file, entry, lineOffset, today, where, problems);
            String note = note(file, entry, lineOffset, where, problems);
            if (date != null && note != null) {
                var change = new ChangeNote(date, note);
                if (!seen.add(change)) {
                    problems.add(problem(file, item, lineOffset, where + "the same entry appears twice"));
                }
                notes.add(change);
            }
        }
        if (problems.size() > before) {
            return List.of();
        }
        notes.sort(Comparator.comparing(ChangeNote::date).reversed());
        return List.copyOf(notes);
    }

    private static @org.jspecify.annotations.Nullable LocalDate date(
            String file,
            MappingNode entry,
            int lineOffset,
            LocalDate today,
            String where,
            List<ContentProblem> problems) {
        Node node = value(entry, "date");
        if (node == null || isNull(node)) {
            problems.add(
                    problem(file, entry, lineOffset, where + "'date' is missing (an ISO date such as 2026-12-01)"));
            return null;
        }
        String text = scalar(node);
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem(
                    file,
                    node,
                    lineOffset,
                    where + "'date' must be an ISO date such as 2026-12-01, not '" + text + "'"));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(problem(file, node, lineOffset, where + "'date' " + date + " is in the future"));
            return null;
        }
        return date;
    }

    private static @org.jspecify.annotations.Nullable String note(
            String file, MappingNode entry, int lineOffset, String where, List<ContentProblem> problems) {
        Node node = value(entry, "note");
        String text = node == null || isNull(node) ? null : scalar(node);
        if (node != null && !isNull(node) && text == null) {
            problems.add(problem(file, node, lineOffset, where + "'note' must be one sentence of text"));
            return null;
        }
        if (text == null || text.isBlank()) {
            problems.add(problem(
                    file,
                    node == null ? entry : node,
                    lineOffset,
                    where + "'note' is empty: say in one sentence what changed"));
            return null;
        }
        String note = text.strip().replaceAll("\\s+", " ");
        if (note.length() > MAX_NOTE_LENGTH) {
            problems.add(problem(
                    file,
                    node,
                    lineOffset,
                    where + "'note' is longer than " + MAX_NOTE_LENGTH + " characters (" + note.length()
                            + "): one sentence, please"));
            return null;
        }
        return note;
    }

    private static @org.jspecify.annotations.Nullable Node value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(scalar(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static @org.jspecify.annotations.Nullable String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The 1-based line of a node in the whole file. */
    public static int line(Node node, int lineOffset) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
    }

    private static ContentProblem problem(String file, Node node, int lineOffset, String message) {
        return new ContentProblem(file, "line " + line(node, lineOffset) + ": " + message);
    }
}
