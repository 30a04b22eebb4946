/** What every row loaded from a content file has: its key, the hash of its content, and when it was retired or last changed. */
@NullMarked
@NamedInterface("content")
package dev.tensortrail.base.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
