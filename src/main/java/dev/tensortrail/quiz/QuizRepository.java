package dev.tensortrail.quiz;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findBySlug(String slug);

    Optional<Quiz> findByModuleSlugAndRetiredAtIsNull(String moduleSlug);

    List<Quiz> findByRetiredAtIsNull();
}
