-- wrk script: POST /submit-report with pre-built lines "token<TAB>body", each used once (fresh
-- idempotencyKey, fresh media, callers spread so one caller's advisory lock does not serialise the run).
-- Thread i of n takes lines i, i+n, i+2n, … of the bodies file, so no two requests share a body.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("BENCH_BODIES")) do
    bodies[#bodies + 1] = line
  end
  stride = tonumber(os.getenv("BENCH_THREADS"))
  position = index
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local line = bodies[position] or bodies[#bodies]  -- exhausted: replays the last body (the run script warns)
  position = position + stride
  local tab = string.find(line, "\t", 1, true)
  local headers = { ["Authorization"] = "Bearer " .. string.sub(line, 1, tab - 1) }
  return wrk.format(nil, "/submit-report", headers, string.sub(line, tab + 1))
end
