package dev.onward.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds the benchmark's floor, {@link FloorWindow}, into an app image the same way Onward's is
 * built: Onward's own jlinked runtime, the same launcher and its options, and an AOT cache from a training
 * run when Onward's image has one. Everything stays in a temporary folder.
 */
final class FloorImage {
    private static final String CACHE = "onward.aot";

    private FloorImage() {
    }

    /**
     * Packages the floor beside nothing else, in {@code work}, from the Onward image in
     * {@code onwardImage}, with the jpackage of {@code jdk}; on Linux its launcher is replaced by
     * {@code launcherScript} as Onward's is. Returns the floor's launcher.
     */
    static Path build(Path onwardImage, Path jdk, Path work, Path trainScript, Path launcherScript)
            throws IOException, InterruptedException {
        Path input = Files.createDirectories(work.resolve("input"));
        writeJar(input.resolve("floor.jar"));
        List<String> options = launcherOptions(onwardImage.resolve("lib/app/Onward.cfg"));
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/jpackage").toString(), "--type", "app-image",
                "--name", "Floor", "--input", input.toString(), "--main-jar", "floor.jar",
                "--main-class", FloorWindow.class.getName(), "--runtime-image", onwardImage.resolve("lib/runtime").toString(),
                "--dest", work.resolve("out").toString()));
        if (!options.isEmpty()) {
            command.add("--java-options");
            command.add(String.join(" ", options));
        }
        run(command);
        Path image = work.resolve("out/Floor");
        Path launcher = image.resolve("bin/Floor");
        if (Files.exists(launcherScript)) {
            Files.copy(launcherScript, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            launcher.toFile().setExecutable(true);
        }
        if (Files.exists(onwardImage.resolve("lib/app/" + CACHE))) {
            Path cache = image.resolve("lib/app/" + CACHE);
            run(List.of("bash", trainScript.toString(), launcher.toString(), FloorWindow.TITLE, cache.toString()));
            Files.writeString(image.resolve("lib/app/Floor.cfg"), "java-options=-XX:AOTCache=$APPDIR/" + CACHE + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return launcher;
    }

    /** Onward's launcher options, less its version property and its own AOT cache. */
    static List<String> launcherOptions(Path cfg) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("java-options=")) {
                String option = line.substring("java-options=".length());
                if (!option.startsWith("-Djpackage.app-version") && !option.startsWith("-XX:AOTCache")) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FloorWindow.class.getName());
        String entry = FloorWindow.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = FloorWindow.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed (exit " + process.exitValue() + "): " + String.join(" ", command));
        }
    }
}
