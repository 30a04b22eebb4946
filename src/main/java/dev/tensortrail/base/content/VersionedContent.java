package dev.tensortrail.base.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a row loaded from a content file (a module, lesson, quiz or question): its
 * key in the files ({@code slug}), the hash of the content last loaded, when it last changed,
 * and when it was retired because its file no longer has it. The row (and its id) stays, so
 * learners' history keeps pointing at it; loading it again brings it back.
 */
@MappedSuperclass
public abstract class VersionedContent {

    @Column(nullable = false, unique = true, length = 120)
    private String slug = "";

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected VersionedContent() {}

    protected VersionedContent(String slug) {
        this.slug = slug;
    }

    /** Whether the row holds exactly this content and is current (nothing to load then). */
    protected final boolean holds(String hash) {
        return hash.equals(contentHash) && retiredAt == null;
    }

    /** Takes a new version of the content: its hash, current again, changed now. */
    protected final void revise(String hash, Instant now) {
        contentHash = hash;
        retiredAt = null;
        updatedAt = now;
    }

    /** Retires the row (its file no longer has it); @return false when it was retired already. */
    public final boolean retire(Instant now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        updatedAt = now;
        return true;
    }

    public final String slug() {
        return slug;
    }

    public final boolean retired() {
        return retiredAt != null;
    }

    public final Instant updatedAt() {
        return updatedAt;
    }
}
