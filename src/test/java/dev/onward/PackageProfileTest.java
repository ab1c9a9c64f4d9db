package dev.onward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The app image is built only by {@code ./mvnw -Ppackage package} (too slow for every
 * {@code verify}), so this checks what the {@code package} profile in pom.xml would build: the
 * launcher's name and main class, where the image lands, and that the profile stays off by default.
 */
class PackageProfileTest {
    private static Document pom;
    private static Element profile;
    private static Map<String, String> properties;
    private static String script;

    @BeforeAll
    static void readPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        profile = profiles().stream().filter(p -> "package".equals(text(p, "id"))).findFirst()
                .orElseThrow(() -> new AssertionError("pom.xml has no profile with id 'package'"));
        properties = new HashMap<>(properties(child(pom.getDocumentElement(), "properties")));
        properties.putAll(properties(child(profile, "properties")));
        properties.put("project.build.directory", "target");
        script = Files.readString(Path.of("src/main/packaging/package.xml"));
    }

    @Test
    void packageProfile_byDefault_isNotActive() {
        Element activation = child(profile, "activation");
        assertNull(activation, "the package profile must be switched on with -Ppackage, never by default or by a condition");
    }

    @Test
    void packageProfile_launcher_isOnwardRunningMain() throws Exception {
        assertEquals("Onward", resolve("package.name"));
        String mainClass = resolve("package.main-class");
        assertEquals("dev.onward.Main", mainClass);
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()), "the launcher calls a static main(String[])");
    }

    @Test
    void packageProfile_image_landsInTargetApp() {
        assertEquals("target/app", resolve("package.dest"));
        assertEquals("app-image", resolve("package.type"), "an installer is made only when asked for with -Dpackage.type");
    }

    @Test
    void packageProfile_antrun_runsThePackagingScriptInThePackagePhase() {
        Element execution = execution("maven-antrun-plugin", "package-image");
        assertEquals("package", text(execution, "phase"));
        Element ant = (Element) execution.getElementsByTagName("ant").item(0);
        assertEquals("${basedir}/src/main/packaging/package.xml", ant.getAttribute("antfile"));
        assertTrue(script.contains("${package.main-class}") && script.contains("${package.name}")
                && script.contains("${package.dest}"), "package.xml must build from the profile's properties");
    }

    @Test
    void packagingScript_linuxLauncher_replacesJpackagesBeforeTheTrainingRun() {
        assertTrue(script.contains("<target name=\"launcher\" depends=\"image\" if=\"is.linux\">")
                && script.contains("src/main/packaging/linux/launcher.sh"), "the Linux image gets the launcher script");
        assertTrue(script.contains("<target name=\"aot\" depends=\"launcher\""),
                "the AOT cache is trained through the launcher that will use it");
        assertTrue(Files.isExecutable(Path.of("src/main/packaging/linux/launcher.sh")) || !Files.exists(Path.of("/bin/sh")),
                "the script is executable in the tree too");
    }

    @Test
    void packagingScript_sqliteNative_isUnpackedAndNamedInTheImagesOptions() {
        scriptHas("the native library is unpacked before jpackage copies the input folder",
                "<target name=\"image\" depends=\"runtime,decide,sqlite-native\">");
        scriptHas("the library for the build machine comes out of sqlite-jdbc's jar",
                "<patternset includes=\"org/sqlite/native/${sqlite.os}/${sqlite.arch}/${sqlite.library}\"/>");
        scriptHas("the launcher's options name it",
                "-Dorg.sqlite.lib.path=$APPDIR/native -Dorg.sqlite.lib.name=${sqlite.library}",
                "${native.access} ${aot.options} ${sqlite.options}");
    }

    @Test
    void packagingScript_javafxNatives_lieBesideTheRuntimesOwnNotInsideTheModules() {
        scriptHas("jlink leaves JavaFX's natives out of the modules",
                "--exclude-resources=glob:/javafx.*/*.so,glob:/javafx.*/*.dll,glob:/javafx.*/*.dylib");
        scriptHas("they are unpacked where JavaFX looks first in a jlinked runtime, so it never copies them to ~/.openjfx",
                "<unzip dest=\"${runtime.natives}\">", "<patternset includes=\"*.so,*.dll,*.dylib\"/>",
                "value=\"${runtime.dir}/bin\" else=\"${runtime.dir}/lib\"");
    }

    @Test
    void packagingScript_aotOptions_leaveOutMethodProfilesOnlyWhereTheJdkKnowsTheOptions() {
        scriptHas("the packaging JDK is asked first whether it knows the options",
                "<arg line=\"-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:-AOTReplayTraining -version\"/>");
        scriptHas("an unknown -XX option would stop the image's JVM from starting: they are used only when accepted",
                "<equals arg1=\"${no-training.result}\" arg2=\"0\"/>");
    }

    @Test
    void mainBuild_plugins_doNotPackage() {
        Element build = child(pom.getDocumentElement(), "build");
        NodeList artifactIds = child(build, "plugins").getElementsByTagName("artifactId");
        for (int i = 0; i < artifactIds.getLength(); i++) {
            String plugin = artifactIds.item(i).getTextContent().strip();
            assertFalse(List.of("maven-antrun-plugin", "maven-dependency-plugin").contains(plugin),
                    plugin + " belongs in the package profile, or every verify would build the image");
        }
    }

    @Test
    void packageProfile_javaOptions_leaveTheAotCacheToTheTrainingRun() {
        String options = resolve("package.java-options");
        assertTrue(options.contains("-XX:+UseSerialGC"), options);
        assertFalse(options.contains("AOTCache"), "the cache is named only after the training run has written it");
    }

    @Test
    void icons_theImageUses_exist() {
        for (String icon : List.of("onward.svg", "onward-256.png", "onward.ico")) {
            assertTrue(Files.isRegularFile(Path.of("src/main/resources/dev/onward/icons", icon)), icon);
        }
    }

    @Test
    void desktopFile_entries_pointAtTheInstalledLauncherAndIcon() throws IOException {
        Properties entry = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/packaging/linux/onward.desktop"))) {
            entry.load(in);
        }
        assertEquals("Application", entry.getProperty("Type"));
        assertEquals("Onward", entry.getProperty("Name"));
        assertEquals("/opt/onward/bin/Onward", entry.getProperty("Exec"));
        assertEquals("/opt/onward/lib/Onward.png", entry.getProperty("Icon"));
    }

    /** Asserts that package.xml holds every one of {@code fragments}, saying {@code why} if not. */
    private static void scriptHas(String why, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(script.contains(fragment), why + ": package.xml lacks " + fragment);
        }
    }

    private static String resolve(String name) {
        String value = properties.get(name);
        assertTrue(value != null, "the package profile has no property " + name);
        Matcher reference = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(resolved, Matcher.quoteReplacement(resolve(reference.group(1))));
        }
        return reference.appendTail(resolved).toString();
    }

    private static Element execution(String plugin, String id) {
        NodeList plugins = child(child(profile, "build"), "plugins").getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element candidate = (Element) plugins.item(i);
            if (plugin.equals(text(candidate, "artifactId"))) {
                NodeList executions = candidate.getElementsByTagName("execution");
                for (int j = 0; j < executions.getLength(); j++) {
                    if (id.equals(text((Element) executions.item(j), "id"))) {
                        return (Element) executions.item(j);
                    }
                }
            }
        }
        throw new AssertionError("no execution " + id + " of " + plugin + " in the package profile");
    }

    private static List<Element> profiles() {
        Element profiles = child(pom.getDocumentElement(), "profiles");
        return profiles == null ? List.of() : children(profiles, "profile");
    }

    private static Map<String, String> properties(Element element) {
        Map<String, String> values = new HashMap<>();
        if (element != null) {
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element property) {
                    values.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        return values;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
