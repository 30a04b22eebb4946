package dev.tensortrail.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    /** @param contentKey the question's id in its quiz file */
    Optional<Question> findBySlug(String contentKey);

    @EntityGraph(attributePaths = "options")
    List<Question> findByQuizIdAndRetiredAtIsNullOrderByPositionAsc(long quizId);

    @EntityGraph(attributePaths = "options")
    List<Question> findByIdIn(Collection<Long> ids);
}
