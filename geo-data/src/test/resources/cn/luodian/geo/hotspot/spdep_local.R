# Reference values for HotspotSpdepAgreementTest: spdep's localG (Gi*, self included) and
# localmoran (conditional and total randomisation) on the units in args[1], with a distance band
# (dnearneigh 0..band) and k nearest neighbours (knn2nb(knearneigh)), styles "B" and "W".
# Writes one CSV row per configuration and unit to args[4].
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c("character", "numeric", "numeric", "numeric"))
band <- as.numeric(args[2])
k <- as.integer(args[3])
coords <- cbind(d$x, d$y)
x <- d$value
nbs <- list(band = dnearneigh(coords, 0, band), knn = knn2nb(knearneigh(coords, k)))
f <- function(v) sprintf("%.17g", v)
rows <- character()
for (nbname in names(nbs)) {
  nb <- nbs[[nbname]]
  for (style in c("B", "W")) {
    g <- localG(x, nb2listw(include.self(nb), style = style, zero.policy = TRUE), zero.policy = TRUE)
    g <- as.numeric(g)
    gp <- 2 * pnorm(abs(g), lower.tail = FALSE)
    lw <- nb2listw(nb, style = style, zero.policy = TRUE)
    lm <- localmoran(x, lw, zero.policy = TRUE)
    lmt <- localmoran(x, lw, zero.policy = TRUE, conditional = FALSE)
    nbtext <- sapply(nb, function(v) paste(v[v > 0], collapse = ";"))
    rows <- c(rows, paste(paste0(nbname, "-", style), d$id, f(g), f(gp),
      f(lm[, 1]), f(lm[, 2]), f(lm[, 3]), f(lm[, 4]), f(lm[, 5]),
      f(lmt[, 2]), f(lmt[, 3]), f(lmt[, 4]), nbtext, sep = ","))
  }
}
writeLines(c("config,id,gz,gp,ii,eii,varii,zii,pii,eiiTotal,variiTotal,ziiTotal,nb", rows), args[4])
