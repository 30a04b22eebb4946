package dev.tensortrail.curriculum.content;

import java.time.LocalDate;

/** One entry of a file's {@code changes:} list: when what it teaches changed, in one sentence. */
public record ChangeNote(LocalDate date, String note) {}
