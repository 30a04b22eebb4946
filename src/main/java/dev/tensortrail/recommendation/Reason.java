package dev.tensortrail.recommendation;

import java.net.URI;
import java.time.LocalDate;

/**
 * One factor's contribution to the scores, with the evidence to show the learner.
 *
 * @param factorId the factor
 * @param title the factor's short title
 * @param importance the learner's importance for it (0..5; zero contributions are never top reasons)
 * @param lean the lean that applied (for the team factor, the profile-dependent value)
 * @param contribution {@code importance x lean}: negative toward TensorFlow, positive toward PyTorch
 * @param counted false for a deployment target that did not count because a stronger one on
 *     its side did (see {@link DeploymentCounting#STRONGEST})
 * @param deploymentTarget whether the factor is a deployment target
 * @param evidence the factor's evidence sentence
 * @param source the URL backing the evidence
 * @param asOf when the evidence was last checked
 */
public record Reason(
        String factorId,
        String title,
        int importance,
        int lean,
        int contribution,
        boolean counted,
        boolean deploymentTarget,
        String evidence,
        URI source,
        LocalDate asOf) {}
