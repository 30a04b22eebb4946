@NullMarked
package dev.tensortrail.base.events;

import org.jspecify.annotations.NullMarked;
