package dev.tensortrail.recommendation;

/**
 * Which way a factor leans, and how strongly: from {@value #MIN} (TensorFlow/Keras) to
 * {@value #MAX} (PyTorch), 0 meaning neutral.
 *
 * <p>Most factors have a {@link Fixed} lean. The team-skill factor leans toward whatever the
 * team already uses, so its sign depends on the learner's profile: that is {@link FromTeam},
 * modelled explicitly rather than as a magic number so the data file says what it means.
 */
sealed interface Lean permits Lean.Fixed, Lean.FromTeam {

    /** Strongest lean toward TensorFlow/Keras. */
    int MIN = -2;

    /** Strongest lean toward PyTorch. */
    int MAX = 2;

    /** The lean that applies to a learner whose team uses {@code team}. */
    int valueFor(TeamFramework team);

    /**
     * A lean that is the same for every learner.
     *
     * @param value from {@value Lean#MIN} to {@value Lean#MAX}
     */
    record Fixed(int value) implements Lean {
        /**
         * Checks the range.
         *
         * @throws IllegalArgumentException if {@code value} is outside {@value Lean#MIN}..{@value Lean#MAX}
         */
        public Fixed {
            if (value < MIN || value > MAX) {
                throw new IllegalArgumentException("lean must be between " + MIN + " and " + MAX + ", was " + value);
            }
        }

        @Override
        public int valueFor(TeamFramework team) {
            return value;
        }
    }

    /**
     * A lean toward the framework the team uses, with the given strength: TensorFlow gives
     * {@code -strength}, PyTorch {@code +strength}, both or neither 0 (no switching cost either way).
     *
     * @param strength from 1 to {@value Lean#MAX}
     */
    record FromTeam(int strength) implements Lean {
        /**
         * Checks the range.
         *
         * @throws IllegalArgumentException if {@code strength} is outside 1..{@value Lean#MAX}
         */
        public FromTeam {
            if (strength < 1 || strength > MAX) {
                throw new IllegalArgumentException("team strength must be between 1 and " + MAX + ", was " + strength);
            }
        }

        @Override
        public int valueFor(TeamFramework team) {
            return switch (team) {
                case TENSORFLOW -> -strength;
                case PYTORCH -> strength;
                case BOTH, NONE -> 0;
            };
        }
    }
}
