package dev.tensortrail.quiz;

import dev.tensortrail.quiz.QuizData.Choice;
import dev.tensortrail.quiz.QuizData.MatchFeedback;
import dev.tensortrail.quiz.QuizData.OptionFeedback;
import dev.tensortrail.quiz.QuizData.QuestionResult;
import dev.tensortrail.quiz.QuizData.QuestionView;
import dev.tensortrail.quiz.content.QuizPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns stored questions into what a page may show: before submission without any key. */
final class QuizPresenter {

    private QuizPresenter() {}

    static QuestionView question(Question question, int number, List<Long> order, Answer saved) {
        Map<Long, QuestionOption> byId = new HashMap<>();
        question.options().forEach(o -> byId.put(o.id(), o));
        List<Choice> options = new ArrayList<>();
        List<Choice> rightSide = new ArrayList<>();
        for (Long id : order) {
            QuestionOption option = byId.get(id);
            if (option != null) {
                options.add(new Choice(id, option.text()));
            }
        }
        if (question.type() == QuestionType.MATCHING) {
            // the right-hand side in another order than the left, so position gives nothing away
            List<Long> rightOrder = new ArrayList<>(order);
            java.util.Collections.rotate(rightOrder, 1);
            for (Long id : rightOrder) {
                QuestionOption option = byId.get(id);
                if (option != null && option.matchText() != null) {
                    rightSide.add(new Choice(id, option.matchText()));
                }
            }
        }
        return new QuestionView(
                question.id(),
                number,
                question.type(),
                question.promptHtml(),
                question.code(),
                List.copyOf(options),
                List.copyOf(rightSide),
                saved);
    }

    static QuestionResult result(Question question, int number, List<Long> order, Answer answer, double score) {
        return result(question, number, order, answer, score, QuizPolicy.EVERYTHING);
    }

    /**
     * A graded question with only what the review policy lets the learner see: without
     * RIGHT_ANSWER nothing says which unchosen option, order or match is right; without
     * GENERAL_FEEDBACK no explanation; without SPECIFIC_FEEDBACK no option feedback.
     */
    static QuestionResult result(
            Question question, int number, List<Long> order, Answer answer, double score, Set<QuizPolicy.Review> show) {
        boolean rightAnswer = show.contains(QuizPolicy.Review.RIGHT_ANSWER);
        boolean whetherCorrect = show.contains(QuizPolicy.Review.WHETHER_CORRECT) || rightAnswer;
        boolean specific = show.contains(QuizPolicy.Review.SPECIFIC_FEEDBACK);
        boolean general = show.contains(QuizPolicy.Review.GENERAL_FEEDBACK);
        QuestionView view = question(question, number, order, answer);
        Map<Long, QuestionOption> byId = new HashMap<>();
        question.options().forEach(o -> byId.put(o.id(), o));
        List<OptionFeedback> feedback = new ArrayList<>();
        List<String> yourOrder = new ArrayList<>();
        List<String> correctOrder = new ArrayList<>();
        List<MatchFeedback> matches = new ArrayList<>();
        switch (question.type()) {
            case ORDERING -> {
                answer.optionIds()
                        .forEach(id -> yourOrder.add(
                                byId.containsKey(id) ? byId.get(id).text() : "?"));
                if (rightAnswer) {
                    question.options().stream()
                            .sorted(Comparator.comparing(o -> o.correctPosition() == null ? 0 : o.correctPosition()))
                            .forEach(o -> correctOrder.add(o.text()));
                }
            }
            case MATCHING -> {
                for (Choice left : view.options()) {
                    Long chosen = answer.matches().get(left.id());
                    QuestionOption chosenOption = chosen == null ? null : byId.get(chosen);
                    boolean right = chosen != null && chosen == left.id();
                    matches.add(new MatchFeedback(
                            left.text(),
                            chosenOption == null ? null : chosenOption.matchText(),
                            rightAnswer ? String.valueOf(byId.get(left.id()).matchText()) : null,
                            whetherCorrect && chosen != null ? right : null));
                }
            }
            default -> {
                for (Choice choice : view.options()) {
                    QuestionOption option = byId.get(choice.id());
                    boolean chosen = answer.optionIds().contains(choice.id());
                    Boolean correct = rightAnswer || (chosen && whetherCorrect) ? option.correct() : null;
                    feedback.add(new OptionFeedback(
                            choice.id(),
                            option.text(),
                            correct,
                            chosen,
                            specific && (chosen || rightAnswer) ? option.feedback() : null));
                }
            }
        }
        return new QuestionResult(
                view,
                score,
                List.copyOf(feedback),
                general ? question.wrongFeedback() : null,
                List.copyOf(yourOrder),
                List.copyOf(correctOrder),
                List.copyOf(matches),
                general ? question.explanationHtml() : null,
                question.lessonSlug(),
                question.sectionAnchor(),
                question.sectionTitle());
    }
}
