package dev.tensortrail.curriculum.content;

/** One thing wrong with one content file. */
public record ContentProblem(String file, String problem) {

    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
