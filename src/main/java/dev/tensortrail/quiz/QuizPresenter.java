package dev.tensortrail.quiz;

import dev.tensortrail.quiz.QuizViews.Choice;
import dev.tensortrail.quiz.QuizViews.MatchFeedback;
import dev.tensortrail.quiz.QuizViews.OptionFeedback;
import dev.tensortrail.quiz.QuizViews.QuestionResult;
import dev.tensortrail.quiz.QuizViews.QuestionView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns stored questions into what a page may show: before submission without any key. */
final class QuizPresenter {

    private QuizPresenter() {
    }

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
        return new QuestionView(question.id(), number, question.type(), question.promptHtml(), question.code(),
                List.copyOf(options), List.copyOf(rightSide), saved);
    }

    static QuestionResult result(Question question, int number, List<Long> order, Answer answer, double score) {
        QuestionView view = question(question, number, order, answer);
        Map<Long, QuestionOption> byId = new HashMap<>();
        question.options().forEach(o -> byId.put(o.id(), o));
        List<OptionFeedback> feedback = new ArrayList<>();
        List<String> yourOrder = new ArrayList<>();
        List<String> correctOrder = new ArrayList<>();
        List<MatchFeedback> matches = new ArrayList<>();
        switch (question.type()) {
            case ORDERING -> {
                answer.optionIds().forEach(id -> yourOrder.add(byId.containsKey(id) ? byId.get(id).text() : "?"));
                question.options().stream()
                        .sorted(Comparator.comparing(o -> o.correctPosition() == null ? 0 : o.correctPosition()))
                        .forEach(o -> correctOrder.add(o.text()));
            }
            case MATCHING -> {
                for (Choice left : view.options()) {
                    Long chosen = answer.matches().get(left.id());
                    QuestionOption chosenOption = chosen == null ? null : byId.get(chosen);
                    matches.add(new MatchFeedback(left.text(),
                            chosenOption == null ? null : chosenOption.matchText(),
                            String.valueOf(byId.get(left.id()).matchText())));
                }
            }
            default -> {
                for (Choice choice : view.options()) {
                    QuestionOption option = byId.get(choice.id());
                    feedback.add(new OptionFeedback(choice.id(), option.text(), option.correct(),
                            answer.optionIds().contains(choice.id()), option.feedback()));
                }
            }
        }
        return new QuestionResult(view, score, List.copyOf(feedback), question.wrongFeedback(), List.copyOf(yourOrder),
                List.copyOf(correctOrder), List.copyOf(matches), question.explanationHtml(), question.lessonSlug(),
                question.sectionAnchor(), question.sectionTitle());
    }
}
