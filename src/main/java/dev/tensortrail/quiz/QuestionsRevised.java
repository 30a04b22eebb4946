package dev.tensortrail.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A content load changed the correct answer or the explanation of these questions: whoever
 * learned the old answer should review them again. Published inside the load's transaction.
 */
public record QuestionsRevised(List<Long> questionIds, Instant at) {}
