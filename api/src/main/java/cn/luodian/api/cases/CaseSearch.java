package cn.luodian.api.cases;

import cn.luodian.api.security.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Cases for the workspace's search box, among those the actor may see (the case list's scope): the
 * full number through the unique index, then a part of the number or words of the description among
 * the newest cases ({@link CaseWordSearch}). Ranked exact number, then number prefix, then the rest,
 * newest first within each.
 */
@Component
public class CaseSearch {
    private static final Pattern FULL_NUMBER = Pattern.compile("[A-Z]{1,8}-\\d{8}-\\d{5}");
    /** What may be part of a case number: letters, digits and hyphens, with at least one digit. */
    private static final Pattern NUMBER_PART = Pattern.compile("(?=.*\\d)[A-Z0-9-]{3,}");

    private final CaseRepository cases;
    private final CaseWordSearch words;
    private final GridWorkerCells workerCells;

    CaseSearch(CaseRepository cases, CaseWordSearch words, GridWorkerCells workerCells) {
        this.cases = cases;
        this.words = words;
        this.workerCells = workerCells;
    }

    /** One case found, and how well it matched: 0 exact number, 1 number prefix, 2 number part, 3 words. */
    public record Hit(CityCase value, int rank) {
    }

    /**
     * @param query checked by the caller: 2–50 characters, no control characters
     * @param limit at most this many hits
     */
    public List<Hit> search(String query, Actor actor, int limit) {
        String trimmed = query.strip();
        Set<String> cells = workerCells.of(actor);
        String upper = trimmed.toUpperCase(Locale.ROOT);
        Map<Long, Hit> hits = new LinkedHashMap<>();
        if (FULL_NUMBER.matcher(upper).matches()) {
            Optional<CityCase> exact = cases.findByNumber(upper);
            exact.filter(c -> CaseAccess.canSee(actor, c, cells)).ifPresent(c -> hits.put(c.id(), new Hit(c, 0)));
        }
        String numberPart = NUMBER_PART.matcher(upper).matches() ? upper : null;
        List<String> wordList = numberPart != null ? List.of()
                : List.of(trimmed.split("\\s+")).stream().filter(w -> !w.isEmpty()).limit(5).toList();
        CaseFilter scope = CaseAccess.scoped(CaseFilter.none(), actor, cells);
        for (CityCase c : words.find(scope, numberPart, wordList, limit)) {
            int rank = numberPart == null ? 3 : c.number().equals(numberPart) ? 0 : c.number().startsWith(numberPart) ? 1 : 2;
            hits.putIfAbsent(c.id(), new Hit(c, rank));
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        // A stable sort keeps newest first within each rank.
        ranked.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
