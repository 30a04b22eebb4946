package dev.tensortrail.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findBySlug(String slug);

    Optional<Quiz> findByModuleSlugAndRetiredAtIsNull(String moduleSlug);

    List<Quiz> findByRetiredAtIsNull();
}
