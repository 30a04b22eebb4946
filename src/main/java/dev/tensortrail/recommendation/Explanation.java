package dev.tensortrail.recommendation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the learner reads about one suggestion, in order, as data: the suggestion page,
 * the history and its print view all render these blocks, and the property tests check the
 * same blocks, so what is tested is what is shown.
 *
 * <p>UI chrome is a {@link Message} (a key of the translations bundle with its arguments);
 * content from the decision-model file (titles, evidence, advice, the constraint sentence) is
 * a {@link Literal}, English as the file is.
 *
 * <p>Each reachable state tells one story. A conflict between hard constraints has its own
 * headline, confidence, score line, heading and "what would change it"; a single constraint
 * says what the scores alone would suggest and that the constraint is the only lever; a
 * score-based lead takes its confidence from the counterfactual; "either" distinguishes
 * answers that balance out, answers that lean one way but not by enough, and answers that
 * lean neither way. Every factor the learner weighted appears somewhere, and no line repeats.
 *
 * @param blocks what to show, in order
 */
public record Explanation(List<Block> blocks) {

    /** What a block is, so a renderer can pick a component for it. */
    public enum Kind {
        HEADLINE,
        CONFIDENCE,
        SCORES,
        CONSTRAINT,
        PARAGRAPH,
        NOTICE,
        HEADING,
        REASON,
        ITEM,
        REREAD,
        META
    }

    /** Text to show: a translation key with arguments, or content shown as it is. */
    public sealed interface Text permits Message, Literal {}

    /**
     * A translation key; arguments that are themselves {@link Text} are resolved first.
     *
     * @param key the key in the translations bundle
     * @param args its arguments
     */
    public record Message(String key, List<Object> args) implements Text {
        /** Copies the arguments. */
        public Message {
            args = List.copyOf(args);
        }

        static Message of(String key, Object... args) {
            return new Message(key, List.of(args));
        }
    }

    /**
     * Content from the decision model, shown as it is.
     *
     * @param text the text
     */
    public record Literal(String text) implements Text {}

    /**
     * One line or heading.
     *
     * @param kind what it is
     * @param text what it says
     * @param reason for {@link Kind#REASON}, the reason whose evidence and source follow the text
     * @param lesson for {@link Kind#REREAD}, the slug of the lesson to reread
     */
    public record Block(
            Kind kind,
            Text text,
            @Nullable Reason reason,
            @Nullable String lesson) {}

    /** Resolves a translation key with arguments, as Vaadin's {@code getTranslation} does. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    /** Copies the blocks. */
    public Explanation {
        blocks = List.copyOf(blocks);
    }

    /** The text of a block, with nested messages resolved. */
    public static String render(Text text, Translator translator) {
        return switch (text) {
            case Literal literal -> literal.text();
            case Message message ->
                translator.translate(
                        message.key(),
                        message.args().stream()
                                .map(arg -> arg instanceof Text nested ? render(nested, translator) : arg)
                                .toArray());
        };
    }

    /**
     * Every line as the learner reads it (a reason with its title and evidence, a reread line
     * with its lesson), for tests and plain-text output.
     */
    public List<String> lines(Translator translator) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            String text = render(block.text(), translator);
            if (block.reason() != null) {
                text = block.reason().title() + " " + text + " "
                        + block.reason().evidence();
            }
            if (block.lesson() != null) {
                text = text + " [" + block.lesson() + "]";
            }
            lines.add(text);
        }
        return lines;
    }

    /** The explanation of {@code s}. */
    public static Explanation of(Suggestion s) {
        return new Builder(s).build();
    }

    /** Which story the suggestion tells. */
    enum Situation {
        CONFLICT,
        CONSTRAINT,
        LEAD,
        BALANCED,
        LEANS,
        NO_LEAN;

        static Situation of(Suggestion s) {
            if (s.outcome() == Outcome.CONFLICT) {
                return CONFLICT;
            }
            if (s.decidedByConstraint() != null) {
                return CONSTRAINT;
            }
            if (s.outcome() != Outcome.EITHER) {
                return LEAD;
            }
            boolean tensorflow = s.tensorflowScore() > 0;
            boolean pytorch = s.pytorchScore() > 0;
            if (tensorflow && pytorch) {
                return BALANCED;
            }
            return tensorflow || pytorch ? LEANS : NO_LEAN;
        }
    }

    private static final class Builder {
        private final Suggestion s;
        private final Situation situation;
        private final List<Block> blocks = new ArrayList<>();

        Builder(Suggestion s) {
            this.s = s;
            this.situation = Situation.of(s);
        }

        Explanation build() {
            headlineAndConfidence();
            scores();
            if (s.decidedByConstraint() != null) {
                add(Kind.CONSTRAINT, new Literal(s.decidedByConstraint().explanation()));
            }
            team();
            reasons();
            alsoWeighed();
            advice();
            notCounted();
            whatWouldChange();
            rereads();
            add(Kind.META, Message.of("suggestion.model-version", s.modelVersion()));
            return new Explanation(blocks);
        }

        private void headlineAndConfidence() {
            String outcome = s.outcome().name();
            add(Kind.HEADLINE, Message.of("suggestion.outcome." + outcome));
            Message confidence = switch (situation) {
                case LEANS -> Message.of("suggestion.confidence.LEANS", side(s.pytorchScore() > 0 ? 1 : -1));
                case LEAD ->
                    s.counterfactual() == null
                            ? Message.of(
                                    "suggestion.confidence." + s.confidence().name())
                            : Message.of(
                                    "suggestion.confidence." + s.confidence().name(),
                                    s.counterfactual().distance());
                default -> Message.of("suggestion.confidence." + s.confidence().name());
            };
            add(Kind.CONFIDENCE, confidence);
        }

        private void scores() {
            Message line = switch (situation) {
                case CONFLICT -> Message.of("suggestion.scores.conflict", s.tensorflowScore(), s.pytorchScore());
                case CONSTRAINT -> Message.of("suggestion.scores.constraint", s.tensorflowScore(), s.pytorchScore());
                default ->
                    Message.of(
                            "suggestion.scores", s.tensorflowScore(), s.pytorchScore(), s.margin(), s.eitherMargin());
            };
            add(Kind.SCORES, line);
        }

        private void team() {
            if (s.outcome() == Outcome.EITHER) {
                add(
                        Kind.PARAGRAPH,
                        Message.of("suggestion.team-either." + s.team().name()));
                if (s.hedgeAdvice() != null) {
                    add(Kind.PARAGRAPH, new Literal(s.hedgeAdvice()));
                }
            } else if (!Questionnaire.countsTeam(s.team())) {
                add(
                        Kind.PARAGRAPH,
                        Message.of("suggestion.team-note." + s.team().name()));
            }
        }

        private void reasons() {
            if (s.topReasonsFor().isEmpty()) {
                return;
            }
            Message heading = switch (situation) {
                case CONFLICT, CONSTRAINT -> Message.of("suggestion.scores-alone-heading");
                case LEAD -> Message.of("suggestion.reasons-for");
                case BALANCED -> Message.of("suggestion.balance");
                case LEANS -> Message.of("suggestion.leans-heading", side(s.pytorchScore() > 0 ? 1 : -1));
                case NO_LEAN -> throw new IllegalStateException("a suggestion with no lean has no reasons");
            };
            add(Kind.HEADING, heading);
            s.topReasonsFor().forEach(this::reason);
            if (s.strongestReasonAgainst() != null) {
                add(Kind.HEADING, Message.of("suggestion.reason-against"));
                reason(s.strongestReasonAgainst());
            }
        }

        private void reason(Reason r) {
            String lean = (r.lean() > 0 ? "+" : "") + r.lean();
            blocks.add(new Block(
                    Kind.REASON,
                    Message.of(
                            "suggestion.contribution",
                            r.importance(),
                            lean,
                            Math.abs(r.contribution()),
                            side(r.contribution())),
                    r,
                    null));
        }

        private void alsoWeighed() {
            Set<String> shown = new HashSet<>();
            s.topReasonsFor().forEach(r -> shown.add(r.factorId()));
            if (s.strongestReasonAgainst() != null) {
                shown.add(s.strongestReasonAgainst().factorId());
            }
            s.factorAdvice().forEach(a -> shown.add(a.factorId()));
            List<Block> items = new ArrayList<>();
            for (Reason r : s.weighed()) {
                if (r.importance() == 0 || shown.contains(r.factorId())) {
                    continue;
                }
                String lean = (r.lean() > 0 ? "+" : "") + r.lean();
                Message line;
                if (r.lean() == 0) {
                    line = Message.of("suggestion.weighed.neutral", r.title(), r.importance());
                } else if (r.counted()) {
                    line = Message.of(
                            "suggestion.weighed",
                            r.title(),
                            r.importance(),
                            lean,
                            Math.abs(r.contribution()),
                            side(r.contribution()));
                } else {
                    line = Message.of(
                            "suggestion.weighed.uncounted",
                            r.title(),
                            r.importance(),
                            lean,
                            Math.abs(r.contribution()),
                            side(r.contribution()),
                            strongestTargetOn(r.contribution()));
                }
                items.add(new Block(Kind.ITEM, line, null, null));
            }
            if (!items.isEmpty()) {
                add(Kind.HEADING, Message.of("suggestion.also-weighed"));
                blocks.addAll(items);
            }
        }

        private String strongestTargetOn(int sign) {
            return s.weighed().stream()
                    .filter(r -> r.counted()
                            && r.contribution() != 0
                            && Integer.signum(r.contribution()) == Integer.signum(sign))
                    .filter(Reason::deploymentTarget)
                    .map(Reason::title)
                    .findFirst()
                    .orElse("");
        }

        private void advice() {
            if (s.factorAdvice().isEmpty()) {
                return;
            }
            add(Kind.HEADING, Message.of("suggestion.advice"));
            s.factorAdvice().forEach(a -> add(Kind.ITEM, new Literal(a.title() + ": " + a.text())));
        }

        private void notCounted() {
            List<String> zero = s.weighed().stream()
                    .filter(r -> r.importance() == 0)
                    .map(Reason::title)
                    .toList();
            if (!zero.isEmpty()) {
                add(Kind.NOTICE, Message.of("suggestion.importance-zero", String.join(", ", zero), zero.size()));
            }
        }

        private void whatWouldChange() {
            add(Kind.HEADING, Message.of("suggestion.what-would-change"));
            Message line;
            if (situation == Situation.CONFLICT) {
                line = Message.of("suggestion.only-constraints");
            } else if (situation == Situation.CONSTRAINT) {
                line = Message.of(
                        "suggestion.only-constraint",
                        Message.of("suggestion.alone." + s.scoresAlone().name()));
            } else if (s.counterfactual() != null) {
                var c = s.counterfactual();
                String title = s.weighed().stream()
                        .filter(r -> r.factorId().equals(c.factorId()))
                        .map(Reason::title)
                        .findFirst()
                        .orElse(c.factorId());
                line = Message.of(
                        "suggestion.counterfactual",
                        title,
                        c.to(),
                        c.from(),
                        Message.of("suggestion.outcome-short."
                                + c.resultingOutcome().name()));
            } else {
                line = Message.of("suggestion.no-counterfactual");
            }
            add(Kind.PARAGRAPH, line);
        }

        private void rereads() {
            if (s.rereadBeforeRelying().isEmpty()) {
                return;
            }
            add(Kind.HEADING, Message.of("suggestion.reread"));
            s.rereadBeforeRelying()
                    .forEach(r -> blocks.add(new Block(
                            Kind.REREAD,
                            Message.of(
                                    "suggestion.reread-item",
                                    Message.of("skill." + r.skill()),
                                    Message.of("mastery." + r.mastery().name())),
                            null,
                            r.lesson())));
        }

        private static Message side(int sign) {
            return Message.of(sign < 0 ? "suggestion.side.tf" : "suggestion.side.pt");
        }

        private void add(Kind kind, Text text) {
            blocks.add(new Block(kind, Objects.requireNonNull(text), null, null));
        }
    }
}
