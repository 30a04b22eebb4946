package dev.tensortrail.curriculum.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content files are broken; start-up stops with every problem listed, file by file. */
public class ContentValidationException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentValidationException(List<ContentProblem> problems) {
        super("The curriculum content has " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
