package cn.luodian.geo.hotspot;

/** Which randomisation moments of local Moran's Iᵢ to use; both are spdep {@code localmoran} options. */
public enum MoranVariance {
    /**
     * Conditional randomisation (Sokal, Oden and Thomson 1998): xᵢ held fixed, the others permuted.
     * spdep's default ({@code conditional = TRUE}, since spdep 1.2-1).
     */
    CONDITIONAL,
    /** Total randomisation (Anselin 1995): spdep {@code conditional = FALSE}, GeoDa's analytic moments. */
    TOTAL
}
