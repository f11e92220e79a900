/**
 * The {@code grids} vector tile layer ({@code /tiles/grids/{z}/{x}/{y}.mvt}): 责任网格 outlines from
 * {@code responsibility}, drawn with the tile encoder of {@code tiles}. A package of its own because
 * {@code cases} depends on {@code responsibility} and {@code tiles} on {@code cases}: the layer may
 * depend on both, neither on it.
 */
package cn.luodian.api.gridtiles;
