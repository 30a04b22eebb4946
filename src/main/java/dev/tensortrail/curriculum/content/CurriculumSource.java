package dev.tensortrail.curriculum.content;

import java.util.List;

/** Everything the content files say, valid and ready to load. */
public record CurriculumSource(List<ModuleSource> modules, List<LessonSource> lessons) {}
