/** Quiz views; {@link dev.tensortrail.quiz.ui.QuestionInput} is shared with the review view. */
@NullMarked
@NamedInterface("ui")
package dev.tensortrail.quiz.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
