package dev.gatehouse.bench.memory;

import dev.gatehouse.engine.scoring.InProcessEmbedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bot's memory goes before any data: a JVM that loads only the in-process embedding
 * model the bot loads at start ({@code model}), or nothing at all, then prints its own peak
 * resident memory as {@code VmHWM <kB>}.
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("model")) InProcessEmbedder.loadMiniLm().embed("a first text to embed");
        var peak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .findFirst().orElseThrow().replaceAll("[^0-9]", "");
        System.out.println("VmHWM " + peak);
    }
}
