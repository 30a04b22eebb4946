package dev.tensortrail.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    Optional<Lesson> findBySlug(String slug);

    List<Lesson> findByRetiredAtIsNullOrderByModuleIdAscPositionAsc();
}
