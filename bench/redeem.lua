-- wrk script (bench/redemptions.sh, bench/costs.sh): POST /redeem-reward as a random citizen, a fresh key each
-- time; BENCH_SKUS=1 → BENCH-ONE, else BENCH-1..N
function init(args)
  tokens = {}
  for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
  skus = tonumber(os.getenv("BENCH_SKUS"))
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  counter = counter + 1
  local sku = skus == 1 and "BENCH-ONE" or ("BENCH-" .. math.random(skus))
  local key = string.format("bench-%d-%d-%d", math.random(1e9), counter, math.random(1e9))
  local headers = { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] }
  return wrk.format(nil, "/redeem-reward", headers, '{"idempotencyKey":"' .. key .. '","sku":"' .. sku .. '"}')
end
