package cn.luodian.api.cases;

/**
 * A case was created ({@code before} null) or changed by a workflow step. Published inside the
 * transaction that writes it; listeners that keep derived data (the case point index, the tile
 * cache) take it with {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, so a rolled-back
 * change is never seen.
 */
public record CaseChanged(CityCase before, CityCase after) {
}
