package cn.luodian.api.hotline;

import cn.luodian.api.cases.CaseRepository;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.categories.CategoryRepository;
import cn.luodian.api.describe.SentencePlacer;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports a 12345 hotline export (CSV, see {@link HotlineColumn}). The file is checked whole first
 * (encoding, quoting, header) and rejected with an ImportException if it cannot be read; then each
 * row is stored in its own transaction through {@link CaseService#create}, so good rows are
 * imported whatever the other rows hold. A row whose 工单编号 is already stored is left alone:
 * importing the same file again changes nothing.
 */
@Service
public class HotlineImporter {
    private static final Set<Role> MAY_IMPORT = Set.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);

    private final CaseService cases;
    private final CaseRepository stored;
    private final CategoryRepository categories;
    private final SentencePlacer places;
    private final CaseSettings settings;

    public HotlineImporter(CaseService cases, CaseRepository stored, CategoryRepository categories, SentencePlacer places,
                           CaseSettings settings) {
        this.cases = cases;
        this.stored = stored;
        this.categories = categories;
        this.places = places;
        this.settings = settings;
    }

    /**
     * Imports {@code input}; {@code encoding} is utf-8, gbk, gb18030, or null/auto to detect UTF-8 or GBK.
     * Throws BadRequestException for an unknown encoding, ImportException for an unreadable file.
     */
    public HotlineImportReport importCsv(CsvInput input, String encoding, Actor actor) {
        if (!MAY_IMPORT.contains(actor.role())) {
            throw new ForbiddenException("role " + actor.role().name().toLowerCase() + " cannot import hotline cases");
        }
        Charset requested;
        try {
            requested = CsvEncoding.option(encoding);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        HotlineCsvFile file = HotlineCsvFile.open(input, requested);
        HotlineRowReader rows = new HotlineRowReader(file.header(), new CategoryMatcher(categories.listAll()), places,
                settings.zone());
        List<HotlineImportReport.RowError> errors = new ArrayList<>();
        int[] counts = new int[2]; // imported, already present
        file.forEachRow(record -> {
            String externalId = rows.externalId(record);
            try {
                if (externalId != null && stored.findByExternalId(CaseSource.HOTLINE_12345, externalId).isPresent()) {
                    counts[1]++; // seen before: no need to place it again
                    return;
                }
                NewCase reported = rows.read(record);
                counts[cases.create(reported, actor).created() ? 0 : 1]++;
            } catch (BadRequestException | ForbiddenException | ConflictException e) {
                errors.add(new HotlineImportReport.RowError(record.line(), externalId, e.getMessage()));
            } catch (DuplicateKeyException e) {
                counts[1]++; // stored by a concurrent import of the same 工单编号 after our check
            }
        });
        return new HotlineImportReport(input.name(), file.encodingName(), file.rows(), counts[0], counts[1], errors.size(),
                errors, file.header().ignoredColumns());
    }
}
