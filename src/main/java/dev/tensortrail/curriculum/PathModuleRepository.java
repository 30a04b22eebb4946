package dev.tensortrail.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PathModuleRepository extends JpaRepository<PathModule, Long> {

    Optional<PathModule> findBySlug(String slug);

    List<PathModule> findByRetiredAtIsNullOrderByPositionAsc();
}
