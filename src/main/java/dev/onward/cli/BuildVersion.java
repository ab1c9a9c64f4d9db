package dev.onward.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Onward's version, from the {@code build.properties} Maven fills in at build time. */
public final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Onward " + version()};
    }

    /** The version string, e.g. {@code 0.1.0}, or "unknown" outside a Maven build. */
    public static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/dev/onward/build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
