-- wrk script: the mixed signed-in load of issue 15 over one API token (LUODIAN_TOKEN, a write token
-- of the demo dispatcher zuoxi). Of every 20 requests: 8 describe (GET, random points in the demo
-- box), 6 vector tiles (3 reference, 3 with the cases layer, z 12-15 in the district), 5 case
-- lists (20 cases, a random filter of state or category, some by township), 1 case creation (POST).
-- Each wrk thread has its own fixed seed, so a run repeats the same sequence.
local threads = 0
local all = {}
local token = os.getenv("LUODIAN_TOKEN")
local headers = { ["Authorization"] = "Bearer " .. token }
local json_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local states = { "", "&state=dispatched", "&state=received", "&overdue=true", "&category=B0102", "&admin=110112106" }

function setup(thread)
  threads = threads + 1
  thread:set("seed", 2000 + threads)
  thread:set("id", threads)
  table.insert(all, thread)
end

function init(args)
  math.randomseed(seed)
  n = 0
  bad = 0
  created = 0
end

local function tile(lon, lat, z)
  local x = math.floor((lon + 180) / 360 * 2 ^ z)
  local r = math.rad(lat)
  local y = math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * 2 ^ z)
  return z .. "/" .. x .. "/" .. y
end

function request()
  n = n + 1
  local k = n % 20
  local lon = 116.55 + math.random() * 0.40
  local lat = 39.62 + math.random() * 0.40
  if k < 8 then
    return wrk.format("GET", string.format("/api/v1/describe?lon=%.6f&lat=%.6f", lon, lat), headers)
  elseif k < 14 then
    local layers = (k % 2 == 0) and "admin,roads,waterways" or "cases"
    return wrk.format("GET", "/tiles/" .. layers .. "/" .. tile(lon, lat, 12 + math.random(0, 3)) .. ".mvt", headers)
  elseif k < 19 then
    return wrk.format("GET", "/api/v1/cases?limit=20" .. states[math.random(#states)], headers)
  else
    local body = string.format('{"category":"B0102","description":"压力测试（示意数据）%d-%d","urgency":"normal",'
      .. '"source":"staff","location":{"lon":%.6f,"lat":%.6f,"crs":"wgs84"}}', id, n, 116.66 + math.random() * 0.10,
      39.78 + math.random() * 0.08)
    return wrk.format("POST", "/api/v1/cases", json_headers, body)
  end
end

-- Every status but 2xx counts as an error (wrk itself counts only >= 400 in "Non-2xx"); the first
-- few are printed. done() sums the threads' counts.
function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status < 200 or status >= 300 then
    bad = bad + 1
    if bad <= 5 then
      io.stderr:write("status " .. status .. ": " .. string.sub(body or "", 1, 200) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local errors, cases = 0, 0
  for _, thread in ipairs(all) do
    errors = errors + thread:get("bad")
    cases = cases + thread:get("created")
  end
  io.write(string.format("responses not 2xx: %d; cases created: %d; socket errors: %d\n", errors, cases,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
