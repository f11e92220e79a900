package cn.luodian.api.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check that what a user reads is Chinese: finds the Latin-script words in a text that are
 * not a code, a number or a unit. A token with a digit in it is a code (B0101, EPSG:4548, GCJ-02,
 * 110112), a lone letter is a unit or a label (m, N); the rest must be on the short list of names
 * staff read as they are (file formats, coordinate systems, the map library's attribution).
 */
public final class LatinWords {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-:./*+]*");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    /** Lower case; units first, then names of formats, systems and the map's attribution. */
    private static final Set<String> ALLOWED = Set.of(
            "km", "ms", "kb", "mb", "px", "km²", "m²",
            "csv", "geojson", "json", "png", "jpeg", "jpg", "webp", "pdf", "xml", "url", "http", "https", "api",
            "gis", "gps", "wgs", "gcj", "bd", "cgcs", "epsg", "osm", "openstreetmap", "leaflet", "mvt",
            "gi", "id", "www", "luodian", "cn", "open");

    private LatinWords() {
    }

    /** The offending words of `text`, in order of appearance (empty when all is Chinese enough). */
    public static List<String> in(String text) {
        List<String> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(text == null ? "" : text);
        while (token.find()) {
            String t = token.group();
            // A token with a digit is a code; so is an API token's beginning (ld_ and random letters).
            if (t.chars().anyMatch(Character::isDigit) || t.startsWith("ld_")) {
                continue;
            }
            Matcher letters = LETTERS.matcher(t);
            while (letters.find()) {
                String word = letters.group();
                if (word.length() > 1 && !ALLOWED.contains(word.toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
