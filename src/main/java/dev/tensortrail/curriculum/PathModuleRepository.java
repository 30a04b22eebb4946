package dev.tensortrail.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PathModuleRepository extends JpaRepository<PathModule, Long> {

    Optional<PathModule> findBySlug(String slug);

    List<PathModule> findByRetiredAtIsNullOrderByPositionAsc();
}
