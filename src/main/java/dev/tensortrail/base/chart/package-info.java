/** A small reusable chart component (Chart.js from its WebJar) with a text alternative. */
@NullMarked
@NamedInterface("chart")
package dev.tensortrail.base.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
