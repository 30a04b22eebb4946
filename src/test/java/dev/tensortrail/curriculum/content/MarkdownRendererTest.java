package dev.tensortrail.curriculum.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The XSS corpus: whatever a content file says, nothing in the output can run. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](java&#115;cript:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](vbscript:msgbox(1))",
                "![x](javascript:alert(1))",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "<details open ontoggle=alert(1)>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<<script>script>alert(1)<</script>/script>",
                "```tensorflow\n</code></pre><script>alert(1)</script>\n```",
                "```\"><script>alert(1)</script>\nx\n```",
                "## <img src=x onerror=alert(1)>",
                "| a |\n|---|\n| <script>alert(1)</script> |",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "[x](https://example.org\" onmouseover=\"alert(1))"
            })
    void nothing_from_the_xss_corpus_can_execute(String markdown) {
        String html = renderer.render(markdown).html().toLowerCase();
        assertThat(html).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<math", "<details");
        // inside tags (escaped text such as "&lt;a onclick=" is harmless and stays readable)
        assertThat(html).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
        assertThat(html).doesNotContainPattern("<[^>]*(href|src)\\s*=\\s*\"[^\"]*(javascript|vbscript|data):");
        assertThat(html).doesNotContainPattern("<[^>]*\\sstyle\\s*=");
    }

    @Test
    void raw_html_is_shown_as_text_not_dropped_silently() {
        String html = renderer.render("Use <b>bold</b> here").html();
        assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void a_tensorflow_block_followed_by_a_pytorch_block_becomes_a_side_by_side_pair() {
        String html = renderer.render("```tensorflow\nimport tensorflow as tf\n```\n\n```pytorch\nimport torch\n```\n")
                .html();
        assertThat(html)
                .contains(
                        "class=\"tt-code-pair\"",
                        "tt-code-tensorflow",
                        "tt-code-pytorch",
                        "<figcaption>TensorFlow</figcaption>",
                        "<figcaption>PyTorch</figcaption>",
                        "class=\"language-python\"",
                        "import torch");
    }

    @Test
    void safe_links_are_kept_and_marked_noopener() {
        String html = renderer.render("[docs](https://docs.pytorch.org/docs/stable/export.html)")
                .html();
        assertThat(html).contains("href=\"https://docs.pytorch.org/docs/stable/export.html\"");
        assertThat(html).contains("noopener");
    }

    @Test
    void tables_render() {
        String html = renderer.render("| TF | PyTorch |\n|---|---|\n| eager | eager |\n")
                .html();
        assertThat(html).contains("<table>", "<th>TF</th>", "<td>eager</td>");
    }
}
