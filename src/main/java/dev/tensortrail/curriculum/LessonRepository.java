package dev.tensortrail.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    Optional<Lesson> findBySlug(String slug);

    List<Lesson> findByRetiredAtIsNullOrderByModuleIdAscPositionAsc();
}
