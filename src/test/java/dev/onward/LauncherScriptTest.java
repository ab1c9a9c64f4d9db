package dev.onward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher script of the app image (src/main/packaging/linux/launcher.sh) starts the
 * image's Java with exactly what jpackage wrote in lib/app/NAME.cfg, and the user's arguments as
 * given. Checked on a made-up image whose "java" prints what it was given, one argument a line.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("src/main/packaging/linux/launcher.sh");

    @TempDir
    Path temp;
    private Path image;

    @BeforeEach
    void makeImage() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "the script is for Linux images");
        image = temp.resolve("My Apps/Onward");
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\nprintf 'GDK_GL=%s\\n' \"$GDK_GL\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/Onward.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/onward-0.1.0.jar",
                "app.mainclass=dev.onward.Main",
                "app.classpath=$APPDIR/picocli-4.7.7.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:+UseSerialGC",
                "java-options=-XX:AOTCache=$APPDIR/onward.aot"), StandardCharsets.UTF_8);
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("Onward");
        Files.copy(SCRIPT, launcher);
        assertTrue(launcher.toFile().setExecutable(true));
    }

    @Test
    void launcher_startsTheImagesJavaWithTheCfgAndTheArgumentsAsGiven() throws Exception {
        List<String> given = run(withGpu(true), image.resolve("bin/Onward").toString(), "export", "json", "--out", "my file.json");
        Path app = image.resolve("lib/app").toRealPath();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:+UseSerialGC", "-XX:AOTCache=" + app + "/onward.aot",
                "-Djpackage.app-path=" + image.resolve("bin/Onward").toRealPath(),
                "-cp", app + "/onward-0.1.0.jar:" + app + "/picocli-4.7.7.jar",
                "dev.onward.Main", "export", "json", "--out", "my file.json", "GDK_GL="), given);
    }

    @Test
    void launcher_withoutAGpuDevice_asksForJavaFxsSoftwarePipelineAndKeepsGtkOffOpenGl() throws Exception {
        List<String> given = run(withGpu(false), image.resolve("bin/Onward").toString(), "--help");
        Path app = image.resolve("lib/app").toRealPath();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:+UseSerialGC", "-XX:AOTCache=" + app + "/onward.aot",
                "-Dprism.order=sw", "-Djpackage.app-path=" + image.resolve("bin/Onward").toRealPath(),
                "-cp", app + "/onward-0.1.0.jar:" + app + "/picocli-4.7.7.jar",
                "dev.onward.Main", "--help", "GDK_GL=disable"), given);
    }

    @Test
    void launcher_reachedThroughASymlink_findsItsImage() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("onward"), image.resolve("bin/Onward"));
        List<String> given = run(withGpu(true), link.toString(), "--help");
        assertTrue(given.contains("dev.onward.Main"), given.toString());
        assertEquals("--help", given.get(given.size() - 2));
    }

    /** A made-up /dev/dri, with a render device in it or empty, for the script to look at. */
    private String withGpu(boolean present) throws IOException {
        Path dri = Files.createDirectories(temp.resolve(present ? "dri-with" : "dri-without"));
        if (present) {
            Files.writeString(dri.resolve("renderD128"), "");
        }
        return dri + "/renderD*";
    }

    private static List<String> run(String gpuPaths, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ONWARD_GPU_PATHS", gpuPaths);
        builder.environment().remove("GDK_GL");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }
}
