-- wrk script for GET /api/v1/describe on the demo region: uniform random WGS-84 points in the
-- demo box 116.55-116.95E, 39.62-40.02N (part of it lies outside 通州区: see bench/README.md for
-- the share). Each wrk thread has its own fixed seed, so a run repeats the same sequence.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", 1000 + threads)
end

function init(args)
  math.randomseed(seed)
end

function request()
  local lon = 116.55 + math.random() * 0.40
  local lat = 39.62 + math.random() * 0.40
  return wrk.format("GET", string.format("/api/v1/describe?lon=%.6f&lat=%.6f", lon, lat))
end
