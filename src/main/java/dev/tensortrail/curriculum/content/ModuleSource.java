package dev.tensortrail.curriculum.content;

/** A module as the manifest describes it. */
public record ModuleSource(String slug, String title, int order, String summary, UnlockRule unlock, String hash) {

    public enum UnlockRule {
        OPEN("open"),
        PREVIOUS_MODULE("previous-module");

        private final String word;

        UnlockRule(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static UnlockRule parse(String word) {
            for (UnlockRule rule : values()) {
                if (rule.word.equals(word)) {
                    return rule;
                }
            }
            throw new IllegalArgumentException("unknown unlock rule '" + word + "' (use open or previous-module)");
        }
    }
}
