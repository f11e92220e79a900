package cn.luodian.api.responsibility;

/**
 * Published after a write of 责任网格 (create, edit, people, import) has committed, for what keeps a
 * view of them in memory (the {@code grids} tile layer's outlines).
 */
public record GridsChanged() {
}
