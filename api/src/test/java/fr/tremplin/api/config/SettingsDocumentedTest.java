package fr.tremplin.api.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every settings record ({@code @ConfigurationProperties} in the modules' main sources) documents each of its
 * components in one {@code @param} line, and README's configuration table names the record, so that the table stays
 * the list of every setting.
 */
class SettingsDocumentedTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern RECORD = Pattern.compile(
            "@ConfigurationProperties\\([^)]*\\)\\s*public record (\\w+)\\((.*?)\\)\\s*\\{", Pattern.DOTALL);
    private static final Pattern COMPONENT = Pattern.compile("(\\w+)\\s*(?:,|$)");

    @Test
    void everySettingIsDocumentedInItsRecordAndTheRecordInTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher record = RECORD.matcher(text);
            if (!record.find()) {
                continue;
            }
            String name = record.group(1);
            records.add(name);
            if (!readme.contains("`" + name + "`")) {
                problems.add(name + " is not named in README's configuration table");
            }
            String components = record.group(2).replaceAll("@\\w+(\\([^)]*\\))?", " ").replaceAll("<[^>]*>", "");
            Matcher component = COMPONENT.matcher(components.strip());
            while (component.find()) {
                String param = component.group(1);
                if (!Pattern.compile("@param\\s+" + param + "\\s+\\S").matcher(text).find()) {
                    problems.add(name + "." + param + " has no @param line");
                }
            }
        }
        assertThat(records).as("settings records found").contains("DatabaseSettings", "MatchingSettings",
                "EligibilityProperties", "WebSettings", "JwtSigningSettings");
        assertThat(problems).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String module : List.of("matching-core", "data", "indexer", "api")) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }
}
