package dev.tensortrail.curriculum.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML: CommonMark with tables, raw HTML escaped, unsafe URLs dropped, TF /
 * PyTorch code pairs grouped, and the result passed through the OWASP sanitiser, so nothing a
 * content file says can run in a learner's browser.
 */
public final class MarkdownRenderer {

    /** Part of every content hash: bump it when the rendered HTML changes for the same Markdown. */
    public static final String VERSION = "render-1";

    static final String TENSORFLOW = "tensorflow";
    static final String PYTORCH = "pytorch";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9]{1,20}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "br",
                    "a",
                    "div",
                    "figure",
                    "figcaption",
                    "del")
            .allowAttributes("id")
            .matching(Pattern.compile("sec-[a-z0-9-]{1,80}"))
            .onElements("h2", "h3", "h4")
            .allowAttributes("class")
            .matching(Pattern.compile("tt-[a-z-]+( tt-[a-z-]+)*"))
            .onElements("div", "figure")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[a-z0-9]{1,20}"))
            .onElements("code")
            .allowAttributes("align")
            .matching(Pattern.compile("left|center|right"))
            .onElements("th", "td")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new HeadingIds())
            .nodeRendererFactory(CodeBlockRenderer::new)
            .build();

    public record Rendered(String html, List<LessonSource.Section> sections) {}

    public Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        List<LessonSource.Section> sections = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    String title = plainText(heading);
                    sections.add(new LessonSource.Section(anchor(title), title));
                }
            }
        });
        return new Rendered(sanitize(renderer.render(document)), List.copyOf(sections));
    }

    /** The sanitiser alone, for HTML from any other source. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The id a heading gets on the page: "sec-" and the title in lowercase words joined by '-'. */
    public static String anchor(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 76) {
            slug = slug.substring(0, 76).replaceAll("-$", "");
        }
        return "sec-" + (slug.isEmpty() ? "section" : slug);
    }

    private static String plainText(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    private static String language(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip().toLowerCase(Locale.ROOT);
        String first = info.isEmpty() ? "" : info.split("\\s+")[0];
        return LANGUAGE.matcher(first).matches() ? first : "";
    }

    private static final class HeadingIds implements AttributeProvider {
        private final Set<String> used = new HashSet<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                String id = anchor(plainText(heading));
                String unique = id;
                for (int i = 2; !used.add(unique); i++) {
                    unique = id + "-" + i;
                }
                attributes.put("id", unique);
            }
        }
    }

    /** Renders a tensorflow block followed by a pytorch block as one side-by-side pair. */
    private static final class CodeBlockRenderer implements NodeRenderer {
        private final HtmlWriter html;

        CodeBlockRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            var block = (FencedCodeBlock) node;
            String language = language(block);
            if (PYTORCH.equals(language)
                    && block.getPrevious() instanceof FencedCodeBlock previous
                    && TENSORFLOW.equals(language(previous))) {
                return; // already written as the second half of its pair
            }
            if (TENSORFLOW.equals(language)
                    && block.getNext() instanceof FencedCodeBlock next
                    && PYTORCH.equals(language(next))) {
                html.line();
                html.tag("div", Map.of("class", "tt-code-pair"));
                panel(block, TENSORFLOW);
                panel(next, PYTORCH);
                html.tag("/div");
                html.line();
                return;
            }
            if (TENSORFLOW.equals(language) || PYTORCH.equals(language)) {
                panel(block, language);
                return;
            }
            code(block.getLiteral(), language.isEmpty() ? "text" : language);
        }

        private void panel(FencedCodeBlock block, String framework) {
            html.line();
            html.tag("figure", Map.of("class", "tt-code-panel tt-code-" + framework));
            html.tag("figcaption");
            html.text(TENSORFLOW.equals(framework) ? "TensorFlow" : "PyTorch");
            html.tag("/figcaption");
            code(block.getLiteral(), "python");
            html.tag("/figure");
            html.line();
        }

        private void code(String literal, String language) {
            html.line();
            html.tag("pre");
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "language-" + language);
            html.tag("code", attributes);
            html.text(literal);
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }
    }
}
