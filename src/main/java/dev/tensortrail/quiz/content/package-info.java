@NullMarked
package dev.tensortrail.quiz.content;

import org.jspecify.annotations.NullMarked;
