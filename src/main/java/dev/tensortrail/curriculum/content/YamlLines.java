package dev.tensortrail.curriculum.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Where things are in a YAML text, so that a problem can name its line. */
public final class YamlLines {

    private YamlLines() {}

    /** The 1-based file line of each entry of the top-level list {@code key}; empty when there is none. */
    public static List<Integer> entryLines(String yaml, int lineOffset, String key) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            return List.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
                    && key.equals(k.getValue())
                    && tuple.getValueNode() instanceof SequenceNode list) {
                list.getValue().forEach(item -> lines.add(ChangeNotes.line(item, lineOffset)));
            }
        }
        return List.copyOf(lines);
    }
}
