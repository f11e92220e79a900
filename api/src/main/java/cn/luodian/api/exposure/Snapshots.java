package cn.luodian.api.exposure;

import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical serialisation of a published period, and its content hash. Canonical: JSON with
 * the keys of every object in sorted order, no white space, UTF-8, dates as ISO-8601 text,
 * coordinates rounded to 6 decimals (about 0.1 m) — so the same content always gives the same bytes
 * and the same SHA-256, whichever database stored it and however often it is read back.
 */
public final class Snapshots {
    /** Bumped if the layout ever changes; old snapshots keep theirs and still verify. */
    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    public static String canonicalJson(PublishedPeriod period) {
        return JSON.writeValueAsString(tree(period));
    }

    public static String hash(String canonicalJson) {
        return PhotoFiles.sha256(canonicalJson.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a stored snapshot back; throws if it is not canonical (it was changed outside this class). */
    public static PublishedPeriod read(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = JSON.readValue(json, Map.class);
        PublishedPeriod period = fromTree(tree);
        if (!canonicalJson(period).equals(json)) {
            throw new IllegalStateException("stored snapshot is not in canonical form");
        }
        return period;
    }

    static Map<String, Object> tree(PublishedPeriod p) {
        Map<String, Object> t = new TreeMap<>();
        t.put("format", FORMAT);
        t.put("publisher", p.publisherCode());
        t.put("publisherName", p.publisherName());
        t.put("titleLine", p.titleLine());
        t.put("number", p.number());
        t.put("revision", p.revision());
        t.put("title", p.title());
        t.put("intro", p.intro());
        t.put("issueDate", p.issueDate().toString());
        t.put("publishedAt", p.publishedAt() == null ? null : p.publishedAt().toString());
        t.put("demo", p.demo());
        if (p.corrects() != null) {
            Map<String, Object> c = new TreeMap<>();
            c.put("revision", p.corrects().revision());
            c.put("contentHash", p.corrects().contentHash());
            c.put("note", p.corrects().note());
            c.put("changes", p.corrects().changes());
            t.put("corrects", c);
        } else {
            t.put("corrects", null);
        }
        List<Object> entries = new ArrayList<>();
        for (PublishedEntry e : p.entries()) {
            entries.add(tree(e));
        }
        t.put("entries", entries);
        return t;
    }

    private static Map<String, Object> tree(PublishedEntry e) {
        Map<String, Object> t = new TreeMap<>();
        t.put("seq", e.seq());
        t.put("kind", e.kind().id());
        t.put("caseRef", e.caseRef());
        t.put("text", e.text());
        t.put("townshipCode", e.townshipCode());
        t.put("township", e.township());
        t.put("villageCode", e.villageCode());
        t.put("village", e.village());
        t.put("categoryCode", e.categoryCode());
        t.put("category", e.category());
        t.put("unit", e.unit());
        t.put("deadline", e.deadline().toString());
        t.put("periodsOnList", e.periodsOnList());
        t.put("firstNumber", e.firstNumber());
        t.put("exposedOn", e.exposedOn().toString());
        t.put("rectifiedOn", e.rectifiedOn() == null ? null : e.rectifiedOn().toString());
        t.put("lon", round(e.lon()));
        t.put("lat", round(e.lat()));
        t.put("photo", ref(e.photo()));
        t.put("after", ref(e.after()));
        t.put("map", ref(e.map()));
        return t;
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static Map<String, Object> ref(PhotoRef ref) {
        if (ref == null) {
            return null;
        }
        Map<String, Object> t = new TreeMap<>();
        t.put("sha256", ref.sha256());
        t.put("mediaType", ref.type().mediaType());
        return t;
    }

    @SuppressWarnings("unchecked")
    private static PublishedPeriod fromTree(Map<String, Object> t) {
        Map<String, Object> c = (Map<String, Object>) t.get("corrects");
        PublishedPeriod.Correction correction = c == null ? null : new PublishedPeriod.Correction(
                ((Number) c.get("revision")).intValue(), (String) c.get("contentHash"), (String) c.get("note"),
                (List<String>) c.get("changes"));
        List<PublishedEntry> entries = new ArrayList<>();
        for (Object o : (List<Object>) t.get("entries")) {
            entries.add(entry((Map<String, Object>) o));
        }
        String publishedAt = (String) t.get("publishedAt");
        return new PublishedPeriod((String) t.get("publisher"), (String) t.get("publisherName"), (String) t.get("titleLine"),
                ((Number) t.get("number")).intValue(), ((Number) t.get("revision")).intValue(), (String) t.get("title"),
                (String) t.get("intro"), LocalDate.parse((String) t.get("issueDate")),
                publishedAt == null ? null : Instant.parse(publishedAt), (Boolean) t.get("demo"), correction, entries);
    }

    @SuppressWarnings("unchecked")
    private static PublishedEntry entry(Map<String, Object> t) {
        String rectifiedOn = (String) t.get("rectifiedOn");
        return new PublishedEntry(((Number) t.get("seq")).intValue(), EntryKind.parse((String) t.get("kind")),
                (String) t.get("caseRef"), (String) t.get("text"), (String) t.get("townshipCode"), (String) t.get("township"),
                (String) t.get("villageCode"), (String) t.get("village"), (String) t.get("categoryCode"),
                (String) t.get("category"), (String) t.get("unit"), LocalDate.parse((String) t.get("deadline")),
                ((Number) t.get("periodsOnList")).intValue(), ((Number) t.get("firstNumber")).intValue(),
                LocalDate.parse((String) t.get("exposedOn")), rectifiedOn == null ? null : LocalDate.parse(rectifiedOn),
                ((Number) t.get("lon")).doubleValue(), ((Number) t.get("lat")).doubleValue(),
                ref((Map<String, Object>) t.get("photo")), ref((Map<String, Object>) t.get("after")),
                ref((Map<String, Object>) t.get("map")));
    }

    private static PhotoRef ref(Map<String, Object> t) {
        return t == null ? null : new PhotoRef((String) t.get("sha256"), ImageType.ofMediaType((String) t.get("mediaType")));
    }
}
