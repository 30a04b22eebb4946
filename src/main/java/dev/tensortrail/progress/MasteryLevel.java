package dev.tensortrail.progress;

/** Mastery of a skill, after Khan Academy's levels: Mastered is reached only through later review. */
public enum MasteryLevel {
    NOT_STARTED,
    ATTEMPTED,
    FAMILIAR,
    PROFICIENT,
    MASTERED;

    MasteryLevel up(MasteryLevel ceiling) {
        return ordinal() >= ceiling.ordinal() ? this : values()[ordinal() + 1];
    }

    MasteryLevel down() {
        return this == NOT_STARTED || this == ATTEMPTED ? ATTEMPTED : values()[ordinal() - 1];
    }

    public boolean atLeast(MasteryLevel other) {
        return ordinal() >= other.ordinal();
    }
}
