package dev.tensortrail.base.ui;

/** The browser tab's title, the same shape on every page: "what this page is | TensorTrail". */
public final class PageTitles {

    private static final String PRODUCT = "TensorTrail";

    private PageTitles() {}

    /** The title of a page about {@code subject} (already translated). */
    public static String of(String subject) {
        return subject == null || subject.isBlank() ? PRODUCT : subject + " | " + PRODUCT;
    }
}
