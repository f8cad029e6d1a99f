package dev.gatehouse.bot.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares what a renderer produced, serialised as Slack receives it (snake_case), with a
 * pretty-printed file under src/test/resources/golden/. Run with {@code -Dgolden.update=true}
 * to rewrite the files after an intended change, then review the diff.
 */
final class Golden {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void assertMatches(String name, RenderedMessage message) {
        var json = new JsonObject();
        json.addProperty("text", message.fallbackText());
        var blocks = new JsonArray();
        message.blocks().forEach(b -> blocks.add(tree(b)));
        json.add("blocks", blocks);
        compare(name, json);
    }

    static void assertMatches(String name, Object viewOrBlocks) {
        compare(name, tree(viewOrBlocks));
    }

    static JsonElement tree(Object o) {
        return GsonFactory.createSnakeCase().toJsonTree(o);
    }

    private static void compare(String name, JsonElement json) {
        var actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
        var file = DIR.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s missing: run with -Dgolden.update=true", file).exists();
            assertThat(actual).as("golden %s (rewrite with -Dgolden.update=true)", name)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
