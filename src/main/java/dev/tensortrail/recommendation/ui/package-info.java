@NullMarked
package dev.tensortrail.recommendation.ui;

import org.jspecify.annotations.NullMarked;
