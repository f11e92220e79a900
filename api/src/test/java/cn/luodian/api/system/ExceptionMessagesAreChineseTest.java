package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.text.LatinWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages of the exceptions that reach a user (problem+json details, the import commands'
 * errors) are written in Chinese: every string literal inside such an exception's constructor, in
 * the sources of api and geo-data, passes {@link LatinWords}. Besides codes and units, the only
 * Latin words allowed are the keys and values a user must write into an import file or an option
 * as they are (GeoJSON's FeatureCollection, a layer's villageCode, an encoding name), listed below.
 * A literal that is a bare identifier ("from".equals(name)) is code, not text, and is skipped.
 */
class ExceptionMessagesAreChineseTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../geo-data/src/main/java"));
    private static final Pattern USER_FACING = Pattern.compile(
            "new (BadRequest|NotFound|Conflict|Forbidden|IllegalArgument|Import|UnknownDatum|NoVariation)Exception\\("
                    + "|ImportException\\.(ofFile|atLine|atFeature)\\(|EnumIds\\.parse\\(");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]+");
    /** Words of file formats and options, written into files and command lines as they are. */
    private static final Set<String> FORMAT_WORDS = Set.of(
            "feature", "featurecollection", "features", "properties", "type", "null", "code", "name",
            "villagecode", "parentcode", "district", "township", "village", "building", "poi",
            "gbk", "truetype", "opentype", "pbf", "zlib", "osmium", "cat", "replace", "osmheader", "compact",
            "newest", "import", "layer", "admin", "category", "owner");

    @Test
    void everyUserFacingExceptionMessageIsChinese() throws IOException {
        List<String> english = new ArrayList<>();
        int literals = 0;
        for (Path root : SOURCES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher call = USER_FACING.matcher(source);
                    while (call.find()) {
                        for (String literal : literalsOfCall(source, call.end())) {
                            literals++;
                            List<String> words = LatinWords.in(literal).stream()
                                    .filter(w -> !FORMAT_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
                            if (!IDENTIFIER.matcher(literal).matches() && !words.isEmpty()) {
                                english.add(file.getFileName() + ": \"" + literal + "\" " + words);
                            }
                        }
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertThat(literals).as("string literals found in exception constructors").isGreaterThan(300);
        assertThat(english).isEmpty();
    }

    @Test
    void theScanFindsEnglish() {
        String source = "throw new BadRequestException(\"limit must be between 1 and \" + max + \"，实为 \" + (x(\"a\")));";
        Matcher call = USER_FACING.matcher(source);
        assertThat(call.find()).isTrue();
        assertThat(literalsOfCall(source, call.end())).containsExactly("limit must be between 1 and ", "，实为 ", "a");
        assertThat(LatinWords.in("limit must be between 1 and ")).isNotEmpty();
    }

    /** The string literals between the call's opening parenthesis (just before {@code start}) and its closing one. */
    private static List<String> literalsOfCall(String source, int start) {
        List<String> literals = new ArrayList<>();
        int depth = 1;
        int i = start;
        while (depth > 0 && i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(source.charAt(i));
                    i++;
                }
                literals.add(literal.toString());
            } else if (c == '\'') {
                i += source.charAt(i + 1) == '\\' ? 3 : 2; // a char literal such as '(' or '\''
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return literals;
    }
}
