package ma.remacto.analysis.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * The plugin's descriptor files agree with the code: named_components.json lists exactly the classes
 * annotated with {@link NamedComponent}, under the interface each implements; the descriptor has exactly
 * the keys a stable plugin takes.
 */
class PluginDescriptorTest {

    private static final Path PLUGIN = Path.of("src/main/plugin");
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void namedComponentsFileListsEveryAnnotatedClass() throws Exception {
        Map<String, String> listed = new TreeMap<>();
        String json = Files.readString(PLUGIN.resolve("named_components.json"));
        Matcher section = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        while (section.find()) {
            Matcher entry = Pattern.compile("\"([\\w]+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(section.group(2));
            while (entry.find()) {
                listed.put(section.group(1) + " " + entry.group(1), entry.group(2));
            }
        }

        Map<String, String> annotated = new TreeMap<>();
        Path packageDir = CLASSES.resolve("ma/remacto/analysis/arabic");
        try (Stream<Path> files = Files.list(packageDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "ma.remacto.analysis.arabic." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name);
                NamedComponent component = type.getAnnotation(NamedComponent.class);
                if (component != null) {
                    String extensible = AnalyzerFactory.class.isAssignableFrom(type) ? AnalyzerFactory.class.getName()
                            : TokenFilterFactory.class.getName();
                    annotated.put(extensible + " " + component.value(), name);
                    assertThat(type.getConstructors()).as(name + ": one public constructor").hasSize(1);
                    assertThat(type.getConstructors()[0].getParameterCount()).isZero();
                }
            }
        }
        assertThat(listed).isEqualTo(annotated).hasSize(6);
    }

    @Test
    void descriptorHasTheStableKeys() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(PLUGIN.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("name", "description", "version", "elasticsearch.version", "java.version");
        assertThat(descriptor.getProperty("java.version")).isEqualTo("17");
    }

    @Test
    void factoriesNameThemselvesAndBuildWorkingChains() throws IOException {
        assertThat(new RemactoArabicAnalyzerFactory().name()).isEqualTo("remacto_arabic");
        assertThat(new RemactoArabicExactAnalyzerFactory().name()).isEqualTo("remacto_arabic_exact");
        try (var analyzer = new RemactoArabicAnalyzerFactory().create()) {
            assertThat(Tokens.of(analyzer, "وبالمشاريع")).containsExactly("مشروع");
        }
        try (var analyzer = new RemactoArabicExactAnalyzerFactory().create()) {
            assertThat(Tokens.of(analyzer, "وبالمشاريع")).containsExactly("وبالمشاريع");
        }
        var chain = Tokens.chain(in -> {
            TokenStream stream = new RemactoArabicNormalizationFilterFactory().create(in);
            stream = new RemactoArabicPrefixFilterFactory().create(stream);
            stream = new RemactoBrokenPluralFilterFactory().create(stream);
            return new RemactoArabicLightStemFilterFactory().create(stream);
        });
        assertThat(Tokens.of(chain, "وبالمشاريع ٱلمدرسة")).containsExactly("مشروع", "مدرس");
        assertThat(new RemactoArabicNormalizationFilterFactory().name()).isEqualTo("remacto_arabic_normalization");
        assertThat(new RemactoArabicPrefixFilterFactory().name()).isEqualTo("remacto_arabic_prefix");
        assertThat(new RemactoBrokenPluralFilterFactory().name()).isEqualTo("remacto_arabic_broken_plural");
        assertThat(new RemactoArabicLightStemFilterFactory().name()).isEqualTo("remacto_arabic_light_stem");
    }
}
