/** Quizzes: questions, attempts, grading on the server, feedback; publishes QuizAttemptGraded. */
@NullMarked
package dev.tensortrail.quiz;

import org.jspecify.annotations.NullMarked;
